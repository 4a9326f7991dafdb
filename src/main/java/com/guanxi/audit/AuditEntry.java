package com.guanxi.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;

/**
 * One line of the audit trail. {@code prev} is the SHA-256 of the previous line (64 zeros for the first), {@code hash}
 * the SHA-256 of this line's JSON up to and including {@code prev}; so changing, inserting or removing a line breaks
 * the chain at that point.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"seq", "time", "user", "method", "endpoint", "path", "subject", "purpose", "status", "client", "prev", "hash"})
public record AuditEntry(long seq, Instant time, String user, String method, String endpoint, String path,
                         String subject, String purpose, int status, String client, String prev, String hash) {

    static AuditEntry of(long seq, Instant time, AuditEvent event, String prev) {
        return new AuditEntry(seq, time, event.user(), event.method(), event.endpoint(), event.path(), event.subject(),
                event.purpose(), event.status(), event.client(), prev, null);
    }

    AuditEntry withHash(String value) {
        return new AuditEntry(seq, time, user, method, endpoint, path, subject, purpose, status, client, prev, value);
    }
}
