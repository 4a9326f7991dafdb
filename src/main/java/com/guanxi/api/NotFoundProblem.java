package com.guanxi.api;

/** Thrown when an addressed resource (company, batch, run, case…) does not exist; maps to 404 problem+json. */
public class NotFoundProblem extends RuntimeException {
    public NotFoundProblem(String detail) {
        super(detail, null, false, false);
    }
}
