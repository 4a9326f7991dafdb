package com.guanxi.webhooks;

import java.time.Instant;
import java.util.Objects;

/**
 * A registered receiver of tag changes.
 *
 * @param id        stable id
 * @param url       where batches are POSTed (http or https)
 * @param secret    the shared secret the body is signed with; never shown by the API
 * @param createdAt registration time
 * @param cursor    sequence number of the last change delivered (or skipped at registration)
 * @param active    false once unregistered
 */
public record Webhook(String id, String url, String secret, Instant createdAt, long cursor, boolean active) {
    public Webhook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        if (cursor < 0) throw new IllegalArgumentException("cursor must not be negative");
    }
}
