package com.guanxi.audit;

/**
 * What happened, before the trail numbers, timestamps and chains it: who ({@code user}), through which endpoint
 * ({@code method} + {@code endpoint} template, the concrete {@code path}), about whom ({@code subject}: company or
 * person id, case number or batch id), why ({@code purpose}, e.g. 贷前审查) and with which outcome ({@code status}).
 */
public record AuditEvent(String user, String method, String endpoint, String path, String subject, String purpose,
                         int status, String client) {

    static final int MAX_TEXT = 500;

    public AuditEvent {
        if (user == null || user.isBlank()) throw new IllegalArgumentException("An audit event needs a user.");
        if (method == null || method.isBlank()) throw new IllegalArgumentException("An audit event needs a method.");
        if (endpoint == null || endpoint.isBlank()) throw new IllegalArgumentException("An audit event needs an endpoint.");
        user = bounded(user);
        endpoint = bounded(endpoint);
        path = bounded(path);
        subject = bounded(subject);
        purpose = bounded(purpose);
        client = bounded(client);
    }

    /** Free text from requests is kept, but bounded and without control characters (one entry stays one line). */
    static String bounded(String value) {
        if (value == null) return null;
        String clean = value.replaceAll("\\p{Cntrl}", " ").strip();
        if (clean.isEmpty()) return null;
        return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean;
    }
}
