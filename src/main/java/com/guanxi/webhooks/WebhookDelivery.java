package com.guanxi.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One batch of tag changes (sequence numbers fromSeq..toSeq) for one webhook, with every attempt made.
 *
 * @param id            stable id, sent as {@code X-Guanxi-Delivery}
 * @param webhookId     the receiver
 * @param fromSeq       first change in the batch
 * @param toSeq         last change in the batch
 * @param changes       number of changes
 * @param body          the exact JSON sent (signed), kept so every retry sends the same bytes
 * @param state         pending (will be tried again at nextAttemptAt), delivered, or failed (out of attempts: the
 *                      changes stay undelivered and go out again in the webhook's next delivery)
 * @param attempts      tries made so far
 * @param createdAt     when the batch was formed
 * @param nextAttemptAt when the next try is due; null unless pending
 * @param deliveredAt   when a try succeeded; null unless delivered
 * @param attemptLog    every try, oldest first
 * @param createdSeq    order of creation among all deliveries
 */
public record WebhookDelivery(String id, String webhookId, long fromSeq, long toSeq, int changes, String body,
                              String state, int attempts, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt,
                              List<DeliveryAttempt> attemptLog, long createdSeq) {
    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(webhookId, "webhookId");
        if (!List.of(PENDING, DELIVERED, FAILED).contains(state)) throw new IllegalArgumentException("unknown state " + state);
        if (fromSeq < 1 || toSeq < fromSeq) throw new IllegalArgumentException("bad range " + fromSeq + ".." + toSeq);
        attemptLog = attemptLog == null ? List.of() : List.copyOf(attemptLog);
    }
}
