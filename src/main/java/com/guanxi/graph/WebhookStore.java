package com.guanxi.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.webhooks.DeliveryAttempt;
import com.guanxi.webhooks.Webhook;
import com.guanxi.webhooks.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Webhooks ({@code :Webhook}) and their deliveries ({@code :WebhookDelivery}, with the attempt log as JSON texts).
 * A pending delivery is a node, so it survives a restart and is resumed.
 */
@ApplicationScoped
public class WebhookStore {

    private static final String DELIVERY_SEQUENCE = "webhook-delivery";

    private final Driver driver;
    private final CypherCatalogue cypher;
    private final ObjectMapper json;

    WebhookStore(Driver driver, CypherCatalogue cypher, ObjectMapper json) {
        this.driver = driver;
        this.cypher = cypher;
        this.json = json;
    }

    public void create(Webhook hook) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", hook.id());
        props.put("url", hook.url());
        props.put("secret", hook.secret());
        props.put("createdAt", hook.createdAt().toString());
        props.put("cursor", hook.cursor());
        props.put("active", hook.active());
        write(Statement.WEBHOOK_CREATE, Map.of("hook", props));
    }

    public List<Webhook> all() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(Statement.WEBHOOK_ALL)).list(r -> hook(r.get("hook"))));
        }
    }

    public Optional<Webhook> byId(String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher.get(Statement.WEBHOOK_BY_ID), Map.of("id", id));
                return result.hasNext() ? Optional.of(hook(result.next().get("hook"))) : Optional.<Webhook>empty();
            });
        }
    }

    /** Stops deliveries to a webhook; false when there is no such webhook. */
    public boolean deactivate(String id) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> tx.run(cypher.get(Statement.WEBHOOK_DEACTIVATE), Map.of("id", id)).hasNext());
        }
    }

    /**
     * Creates a pending delivery unless the webhook already has one; returns it with its creation number, or empty
     * when another is pending.
     */
    public Optional<WebhookDelivery> createDelivery(String id, String webhookId, long fromSeq, long toSeq, int changes,
                                                    String body, Instant now) {
        long createdSeq;
        try (var session = driver.session()) {
            createdSeq = session.executeWrite(tx -> tx.run(cypher.get(Statement.SEQUENCE_NEXT),
                    Map.of("key", DELIVERY_SEQUENCE, "count", 1)).single().get("first").asLong());
        }
        Map<String, Object> props = new HashMap<>();
        props.put("id", id);
        props.put("webhookId", webhookId);
        props.put("fromSeq", fromSeq);
        props.put("toSeq", toSeq);
        props.put("changes", changes);
        props.put("body", body);
        props.put("state", WebhookDelivery.PENDING);
        props.put("attempts", 0);
        props.put("createdAt", now.toString());
        props.put("nextAttemptAt", now.toString());
        props.put("createdSeq", createdSeq);
        try (var session = driver.session()) {
            boolean created = session.executeWrite(tx -> tx.run(cypher.get(Statement.WEBHOOK_DELIVERY_CREATE),
                    Map.of("delivery", props)).hasNext());
            if (!created) return Optional.empty();
        }
        return Optional.of(new WebhookDelivery(id, webhookId, fromSeq, toSeq, changes, body, WebhookDelivery.PENDING, 0,
                now, now, null, List.of(), createdSeq));
    }

    public Optional<WebhookDelivery> delivery(String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher.get(Statement.WEBHOOK_DELIVERY_BY_ID), Map.of("id", id));
                return result.hasNext() ? Optional.of(delivery(result.next().get("delivery"))) : Optional.<WebhookDelivery>empty();
            });
        }
    }

    /**
     * Appends an attempt and sets the delivery's state; a delivered batch moves the webhook's cursor to its last
     * change.
     */
    public void recordAttempt(String deliveryId, DeliveryAttempt attempt, String state, Instant nextAttemptAt) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", deliveryId);
        params.put("attempt", write(attempt));
        params.put("state", state);
        params.put("attempts", attempt.attempt());
        params.put("nextAttemptAt", nextAttemptAt == null ? null : nextAttemptAt.toString());
        params.put("at", attempt.at().toString());
        write(Statement.WEBHOOK_DELIVERY_ATTEMPT, params);
    }

    /** The delivery log of a webhook, newest first. */
    public List<WebhookDelivery> deliveriesOf(String webhookId, int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(Statement.WEBHOOK_DELIVERIES_OF),
                    Map.of("webhookId", webhookId, "limit", limit)).list(r -> delivery(r.get("delivery"))));
        }
    }

    /** Every pending delivery, oldest first. */
    public List<WebhookDelivery> pending() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(Statement.WEBHOOK_DELIVERIES_PENDING))
                    .list(r -> delivery(r.get("delivery"))));
        }
    }

    private void write(Statement statement, Map<String, Object> params) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher.get(statement), params));
        }
    }

    private static Webhook hook(Value v) {
        return new Webhook(v.get("id").asString(), v.get("url").asString(), v.get("secret").asString(),
                Instant.parse(v.get("createdAt").asString()), v.get("cursor").asLong(), v.get("active").asBoolean());
    }

    private WebhookDelivery delivery(Value v) {
        List<DeliveryAttempt> log = new ArrayList<>();
        for (Object text : v.get("attemptLog").asList()) {
            try {
                log.add(json.readValue(String.valueOf(text), DeliveryAttempt.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored delivery attempt is not JSON: " + e.getOriginalMessage(), e);
            }
        }
        return new WebhookDelivery(v.get("id").asString(), v.get("webhookId").asString(), v.get("fromSeq").asLong(),
                v.get("toSeq").asLong(), v.get("changes").asInt(), v.get("body").asString(), v.get("state").asString(),
                v.get("attempts").asInt(), Instant.parse(v.get("createdAt").asString()), instant(v.get("nextAttemptAt")),
                instant(v.get("deliveredAt")), log, v.get("createdSeq").asLong());
    }

    private static Instant instant(Value v) {
        return v == null || v.isNull() ? null : Instant.parse(v.asString());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
