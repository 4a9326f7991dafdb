package com.guanxi.audit;

import java.time.Instant;

/** A search of the trail; every criterion is optional. {@code user} and {@code subject} match exactly. */
public record AuditQuery(String user, String subject, Instant from, Instant to, int limit) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from must not be after to");
    }

    boolean matches(AuditEntry e) {
        return (user == null || user.equals(e.user()))
                && (subject == null || subject.equals(e.subject()))
                && (from == null || !e.time().isBefore(from))
                && (to == null || !e.time().isAfter(to));
    }
}
