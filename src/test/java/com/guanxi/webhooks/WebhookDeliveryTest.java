package com.guanxi.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.analytics.AnalyticsService;
import com.guanxi.graph.WebhookStore;
import com.guanxi.ingest.ImportService;
import com.guanxi.tags.TagService;
import com.guanxi.testsupport.Receiver;
import com.guanxi.testsupport.SampleGraph;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static com.guanxi.testsupport.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class WebhookDeliveryTest {

    static final String SECRET = "s3cret-for-the-test-receiver";

    @Inject
    ImportService imports;
    @Inject
    AnalyticsService analytics;
    @Inject
    TagService tags;
    @Inject
    WebhookStore store;
    @Inject
    WebhookDispatcher dispatcher;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void givenRecordedTagChanges() {
        SampleGraph.ensureImported(imports);
        if (tags.lastSeq() < 3) analytics.runNow(LocalDate.parse("2024-06-30"));
    }

    @Test
    void shouldRetryAFailingReceiverWithBackOffAndDeliverEveryChangeOnce() throws Exception {
        try (Receiver receiver = new Receiver(2)) {
            // Given a receiver that fails twice, registered to catch up on the last three changes
            long last = tags.lastSeq();
            String id = register(receiver.url(), last - 3);

            // When the dispatcher delivers
            awaitTrue(() -> "delivered".equals(deliveries(id).getString("[0].state")));

            // Then three attempts are logged (500, 500, 200), with back-off between them
            JsonPath log = deliveries(id);
            assertThat(log.getList("")).hasSize(1);
            assertThat(log.getInt("[0].attempts")).isEqualTo(3);
            assertThat(log.getList("[0].attemptLog.status", Integer.class)).containsExactly(500, 500, 200);
            assertThat(log.getList("[0].attemptLog.attempt", Integer.class)).containsExactly(1, 2, 3);
            List<Instant> at = log.getList("[0].attemptLog.at", String.class).stream().map(Instant::parse).toList();
            assertThat(Duration.between(at.get(0), at.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(Duration.between(at.get(1), at.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(log.getLong("[0].fromSeq")).isEqualTo(last - 2);
            assertThat(log.getLong("[0].toSeq")).isEqualTo(last);
            // And the receiver got the same signed bytes three times, and accepted the batch once
            List<Receiver.Request> requests = receiver.requests();
            assertThat(requests).hasSize(3);
            for (Receiver.Request r : requests) {
                assertThat(WebhookSignature.verify(SECRET, r.body(), r.signature())).as("signature").isTrue();
                assertThat(r.body()).isEqualTo(requests.get(0).body());
                assertThat(r.event()).isEqualTo("tag.changes");
                assertThat(r.path()).isEqualTo("/hooks/guanxi");
            }
            List<Long> accepted = new ArrayList<>();
            for (Receiver.Request r : requests) {
                if (r.answered() != 200) continue;
                json.readTree(r.body()).get("changes").forEach(c -> accepted.add(c.get("seq").asLong()));
            }
            assertThat(accepted).containsExactly(last - 2, last - 1, last);
            // And the webhook's cursor moved past the batch
            as("admin").when().get("/api/webhooks/" + id).then().statusCode(200)
                    .body("cursor", org.hamcrest.Matchers.is((int) last));
            unregister(id);
        }
    }

    @Test
    void shouldResumeAPendingDeliveryAsAfterARestart() throws Exception {
        try (Receiver receiver = new Receiver(0)) {
            // Given a webhook and a pending delivery stored but never scheduled (as when the service stopped)
            long last = tags.lastSeq();
            String id = register(receiver.url(), null);
            String body = json.writeValueAsString(Map.of("event", "tag.changes", "changes", List.of()));
            store.createDelivery("WDresume" + System.nanoTime(), id, last, last, 1, body, Instant.now()).orElseThrow();

            // When the dispatcher resumes, as it does at start-up
            dispatcher.resume();

            // Then the stored delivery goes out, signed, and is marked delivered
            awaitTrue(() -> "delivered".equals(deliveries(id).getString("[0].state")));
            assertThat(receiver.requests()).hasSize(1);
            assertThat(WebhookSignature.verify(SECRET, receiver.requests().get(0).body(), receiver.requests().get(0).signature()))
                    .isTrue();
            unregister(id);
        }
    }

    @Test
    void shouldRefuseAWebhookWithoutAnHttpUrlOrWithAShortSecret() {
        as("admin").contentType(ContentType.JSON).body(Map.of("url", "ftp://example.org/hook", "secret", SECRET))
                .when().post("/api/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("http"));
        as("admin").contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/hook", "secret", "short"))
                .when().post("/api/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("16"));
    }

    @Test
    void shouldAnswerNotFoundForTheDeliveriesOfAnUnknownWebhook() {
        as("admin").when().get("/api/webhooks/WH0000000000000000/deliveries").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private String register(String url, Long since) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("url", url, "secret", SECRET));
        if (since != null) body.put("since", since);
        JsonNode created;
        String text = as("admin").contentType(ContentType.JSON).body(body).when().post("/api/webhooks")
                .then().statusCode(201).extract().asString();
        try {
            created = json.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(created.has("secret")).as("the secret is never shown").isFalse();
        return created.get("id").asText();
    }

    private static JsonPath deliveries(String id) {
        return as("admin").when().get("/api/webhooks/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
    }

    private static void unregister(String id) {
        as("admin").when().delete("/api/webhooks/" + id).then().statusCode(204);
    }

    /** Waits (up to a minute) for a condition the service reaches asynchronously. */
    static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not reached within a minute");
            Thread.sleep(100);
        }
    }
}
