package com.guanxi.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * What a resource knows better than the audit filter can guess: the subject of a request whose subject is in its
 * body (a decision's applicant) or the user of a request made before anyone is authenticated (a login attempt).
 * Optional: without it the filter derives the subject from path and query parameters and the answer.
 */
@RequestScoped
public class AuditNote {
    private String subject;
    private String user;

    public void subject(String value) {
        this.subject = value;
    }

    public void user(String value) {
        this.user = value;
    }

    String subject() {
        return subject;
    }

    String user() {
        return user;
    }
}
