package com.guanxi.webhooks;

import java.time.Instant;

/**
 * One try at delivering a batch.
 *
 * @param attempt    1, 2, 3 …
 * @param at         when it was made
 * @param status     the receiver's HTTP status; null when no answer came (refused, timed out)
 * @param error      why it failed; null on success
 * @param durationMs how long it took
 */
public record DeliveryAttempt(int attempt, Instant at, Integer status, String error, long durationMs) {
    /** A 2xx answer. */
    public boolean succeeded() {
        return status != null && status >= 200 && status < 300;
    }
}
