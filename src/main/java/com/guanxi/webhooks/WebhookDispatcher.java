package com.guanxi.webhooks;

import com.guanxi.security.SecretSealer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.graph.EmbeddedNeo4j;
import com.guanxi.graph.WebhookStore;
import com.guanxi.tags.TagChangeRecord;
import com.guanxi.tags.TagService;
import com.guanxi.tags.TagsRecorded;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers the tag-change log to every active webhook, in order and at least once: each webhook has a cursor (the
 * last change it acknowledged); its next batch is the changes after the cursor, at most
 * {@link WebhookConfig#maxBatch()}, stored as a pending {@link WebhookDelivery} before the first try and signed
 * ({@link WebhookSignature}). A failed try is retried with exponential back-off ({@link Backoff}); every try is
 * logged. Out of tries, the delivery is marked failed and the cursor stays, so the same changes go out again with
 * the webhook's next delivery (on the next recorded run or the periodic sweep). Pending deliveries are resumed after
 * a restart. One delivery per webhook at a time keeps the order.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final String EVENT = "tag.changes";

    private final WebhookStore store;
    private final TagService tags;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private final Backoff backoff;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    /** Deliveries with a try scheduled in this process (so the sweep does not schedule them twice). */
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();

    private final ReceiverPolicy policy;
    private final SecretSealer sealer;
    private final EmbeddedNeo4j database;

    WebhookDispatcher(WebhookStore store, TagService tags, WebhookConfig config, ObjectMapper json, ReceiverPolicy policy,
                      SecretSealer sealer, EmbeddedNeo4j database) {
        this.database = database;
        this.policy = policy;
        this.sealer = sealer;
        this.store = store;
        this.tags = tags;
        this.config = config;
        this.json = json;
        if (config.maxAttempts() < 1) throw new IllegalArgumentException("guanxi.webhooks.max-attempts must be positive");
        if (config.maxBatch() < 1) throw new IllegalArgumentException("guanxi.webhooks.max-batch must be positive");
        this.backoff = new Backoff(config.baseDelay(), config.maxDelay());
        this.scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "guanxi-webhooks");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void onStart(@Observes @Priority(300) StartupEvent event) {
        scheduler.execute(this::resume);
    }

    void onStop(@Observes ShutdownEvent event) {
        scheduler.shutdownNow();
    }

    void onRecorded(@Observes TagsRecorded event) {
        if (event.changes().isEmpty()) return;
        scheduler.execute(this::pumpAll);
    }

    /** Delayed: start-up resumes the deliveries itself once the database is up; an early first tick only found it down. */
    @Scheduled(every = "${guanxi.webhooks.sweep-every:1m}", delayed = "${guanxi.webhooks.sweep-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        // A bulk load stops the embedded database for minutes; the next tick after it finds everything.
        if (database.isOffline()) return;
        resume();
    }

    /** Schedules every pending delivery not already scheduled here, then looks for undelivered changes. */
    public void resume() {
        try {
            Instant now = Instant.now();
            for (WebhookDelivery d : store.pending()) {
                Instant due = d.nextAttemptAt() == null ? now : d.nextAttemptAt();
                schedule(d.id(), Duration.between(now, due));
            }
            pumpAll();
        } catch (RuntimeException e) {
            LOG.warnf("Could not resume webhook deliveries: %s", e.getMessage());
        }
    }

    /** Starts a delivery for every active webhook that has undelivered changes and none pending. */
    public void pumpAll() {
        for (Webhook hook : store.all()) {
            if (hook.active()) pump(hook.id());
        }
    }

    /** Starts the next delivery of one webhook, if it has undelivered changes and no delivery pending. */
    public void pump(String webhookId) {
        synchronized (lock(webhookId)) {
            Webhook hook = store.byId(webhookId).orElse(null);
            if (hook == null || !hook.active()) return;
            List<TagChangeRecord> changes = tags.changesSince(hook.cursor(), config.maxBatch());
            if (changes.isEmpty()) return;
            String id = newId();
            long from = changes.get(0).seq();
            long to = changes.get(changes.size() - 1).seq();
            String body = body(hook, id, from, to, changes);
            store.createDelivery(id, hook.id(), from, to, changes.size(), body, Instant.now())
                    .ifPresent(d -> schedule(d.id(), Duration.ZERO));
        }
    }

    private void schedule(String deliveryId, Duration delay) {
        if (!scheduled.add(deliveryId)) return;
        long ms = Math.max(0, delay.toMillis());
        try {
            scheduler.schedule(() -> attempt(deliveryId), ms, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            scheduled.remove(deliveryId);
        }
    }

    /** One try of a pending delivery; records it and schedules the next try, the next batch, or gives up. */
    void attempt(String deliveryId) {
        scheduled.remove(deliveryId);
        try {
            WebhookDelivery d = store.delivery(deliveryId).orElse(null);
            if (d == null || !WebhookDelivery.PENDING.equals(d.state())) return;
            Webhook hook = store.byId(d.webhookId()).orElse(null);
            if (hook == null || !hook.active()) return;
            DeliveryAttempt attempt = send(hook, d, d.attempts() + 1);
            if (attempt.succeeded()) {
                store.recordAttempt(d.id(), attempt, WebhookDelivery.DELIVERED, null);
                pump(hook.id());
            } else if (attempt.attempt() >= config.maxAttempts()) {
                store.recordAttempt(d.id(), attempt, WebhookDelivery.FAILED, null);
                LOG.warnf("Webhook %s: delivery %s of changes %d..%d failed %d times (last: %s); they go out again "
                        + "with the next delivery", hook.id(), d.id(), d.fromSeq(), d.toSeq(), attempt.attempt(),
                        attempt.error());
            } else {
                Duration wait = backoff.after(attempt.attempt());
                store.recordAttempt(d.id(), attempt, WebhookDelivery.PENDING, Instant.now().plus(wait));
                schedule(d.id(), wait);
            }
        } catch (RuntimeException e) {
            // The store is unreachable: the delivery stays pending and the sweep picks it up again.
            LOG.warnf("Webhook delivery %s could not be processed: %s", deliveryId, e.getMessage());
        }
    }

    private DeliveryAttempt send(Webhook hook, WebhookDelivery d, int number) {
        byte[] body = d.body().getBytes(StandardCharsets.UTF_8);
        Instant at = Instant.now();
        long started = System.nanoTime();
        try {
            policy.check(URI.create(hook.url())); // again: the name may resolve elsewhere now
            HttpRequest request = HttpRequest.newBuilder(URI.create(hook.url()))
                    .timeout(config.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Guanxi-Webhooks/1")
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(sealer.open(hook.secret()), body))
                    .header("X-Guanxi-Delivery", d.id())
                    .header("X-Guanxi-Event", EVENT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            long ms = (System.nanoTime() - started) / 1_000_000;
            int status = response.statusCode();
            return new DeliveryAttempt(number, at, status, status >= 200 && status < 300 ? null : "HTTP " + status, ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryAttempt(number, at, null, "interrupted", (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new DeliveryAttempt(number, at, null, why, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private String body(Webhook hook, String deliveryId, long from, long to, List<TagChangeRecord> changes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", EVENT);
        body.put("webhookId", hook.id());
        body.put("deliveryId", deliveryId);
        body.put("fromSeq", from);
        body.put("toSeq", to);
        body.put("changes", changes);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a delivery body", e);
        }
    }

    private Object lock(String webhookId) {
        return locks.computeIfAbsent(webhookId, k -> new Object());
    }

    private String newId() {
        byte[] b = new byte[8];
        random.nextBytes(b);
        return "WD" + HexFormat.of().formatHex(b);
    }
}
