package com.guanxi.decision;

/** An applicant or guarantor that resolves to no entity, or to several: the application cannot be decided (422). */
public class UnknownSubjectException extends RuntimeException {
    public UnknownSubjectException(String detail) {
        super(detail, null, false, false);
    }
}
