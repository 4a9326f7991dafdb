package com.guanxi.tags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.analytics.AnalyticsService;
import com.guanxi.ingest.ImportService;
import com.guanxi.testsupport.Receiver;
import com.guanxi.testsupport.SampleGraph;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static com.guanxi.testsupport.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tag changes after an incremental import: a batch that closes a guarantee loop makes GUARANTEE_LOOP "added" changes
 * appear in the change log, on the server-sent event stream and at a webhook.
 */
@QuarkusTest
class TagChangeStreamTest {

    /** Three companies outside the registry, guaranteeing from 2025 on: invisible to the 2024-06-30 truth checks. */
    static final String X = "喀什澜沧环链测试贸易有限公司";
    static final String Y = "漠河北极光链条测试物流有限公司";
    static final String Z = "三亚椰风回环验证建材有限公司";
    static final String HEADER = "contract_id,guarantor_name,guarantor_uscc,borrower_name,borrower_uscc,creditor_name,"
            + "amount,guarantee_type,start_date,end_date,status\n";

    @Inject
    ImportService imports;
    @Inject
    AnalyticsService analytics;
    @Inject
    TagService tags;
    @TestHTTPResource("/api/tags/stream")
    URI stream;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void givenTheSample() {
        SampleGraph.ensureImported(imports);
    }

    @Test
    void shouldStreamGuaranteeLoopAddedChangesWhenAnImportClosesALoop(@TempDir Path dir) throws Exception {
        // Given the chain X -> Y -> Z imported and analysed as of today: no loop yet
        LocalDate today = LocalDate.now();
        imports.runNow(folder(dir.resolve("chain"), "环链测试-001," + X + ",," + Y + ",,测试银行,100万元,连带责任保证,2025-01-01,,active\n"
                + "环链测试-002," + Y + ",," + Z + ",,测试银行,100万元,连带责任保证,2025-01-01,,active\n"), b -> {
        });
        analytics.runNow(today);
        String x = idOf(X);
        String y = idOf(Y);
        String z = idOf(Z);
        assertThat(codesOf(x)).doesNotContain("GUARANTEE_LOOP");
        long since = tags.lastSeq();
        // And a client on the change stream from there, and a webhook receiver
        List<JsonNode> streamed = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        var response = client.sendAsync(HttpRequest.newBuilder(URI.create(stream + "?since=" + since))
                        .header("Authorization", "Bearer " + com.guanxi.testsupport.TestUsers.token("admin"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> readEvents(response.join().body(), streamed), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try (Receiver receiver = new Receiver(0)) {
            String hook = as("admin").contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "secret", "stream-test-secret-0123", "since", since))
                    .when().post("/api/webhooks").then().statusCode(201).extract().path("id");

            // When a second batch adds Z -> X, closing the loop, and the analytics run again
            imports.runNow(folder(dir.resolve("closing"), "环链测试-003," + Z + ",," + X + ",,测试银行,100万元,连带责任保证,2025-01-01,,active\n"),
                    b -> {
                    });
            analytics.runNow(today);

            // Then the stream carries a GUARANTEE_LOOP "added" change for each of X, Y, Z with the loop as evidence
            Set<String> loop = new TreeSet<>(List.of(x, y, z));
            awaitTrue(() -> loopAdded(streamed, since).equals(loop));
            // and keep-alive comments between changes (every second in tests), which are not events
            awaitTrue(() -> keepAlives.get() > 0);
            for (JsonNode change : streamed) {
                if (!isLoopAdded(change, since)) continue;
                assertThat(change.get("seq").asLong()).isGreaterThan(since);
                JsonNode evidence = change.get("after").get("evidence");
                assertThat(json.convertValue(evidence.get("members"), List.class)).containsExactlyElementsOf(loop);
                assertThat(evidence.get("cycle")).hasSize(3);
                assertThat(evidence.get("cycle").get(0).asText()).isEqualTo(change.get("subjectId").asText());
            }
            // And the change log answers the same since the sequence number
            JsonNode page = json.readTree(as("admin").when().get("/api/tags/changes?since=" + since).then().statusCode(200)
                    .extract().asString());
            List<JsonNode> logged = new ArrayList<>();
            page.get("changes").forEach(logged::add);
            assertThat(loopAdded(logged, since)).isEqualTo(loop);
            assertThat(codesOf(x)).contains("GUARANTEE_LOOP");
            // And "what changed since the last run" is the latest run's own range of the log
            JsonNode run = json.readTree(as("admin").when().get("/api/tags/runs?limit=1").then().statusCode(200)
                    .extract().asString()).get(0);
            JsonNode ofRun = json.readTree(as("admin").when().get("/api/tags/changes?since=" + (run.get("firstSeq").asLong() - 1)
                    + "&limit=" + run.get("changeCount").asInt()).then().statusCode(200).extract().asString()).get("changes");
            List<JsonNode> runChanges = new ArrayList<>();
            ofRun.forEach(runChanges::add);
            assertThat(loopAdded(runChanges, since)).isEqualTo(loop);
            assertThat(runChanges).allSatisfy(c -> assertThat(c.get("runId").asText()).isEqualTo(run.get("runId").asText()));
            // And the webhook received them, signed
            awaitTrue(() -> loopAdded(receivedChanges(receiver), since).equals(loop));
            as("admin").when().delete("/api/webhooks/" + hook).then().statusCode(204);
        } finally {
            reader.interrupt();
            response.cancel(true);
        }
    }

    private List<JsonNode> receivedChanges(Receiver receiver) {
        List<JsonNode> out = new ArrayList<>();
        for (Receiver.Request r : receiver.requests()) {
            try {
                json.readTree(r.body()).get("changes").forEach(out::add);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }

    private static Set<String> loopAdded(List<JsonNode> changes, long since) {
        Set<String> subjects = new TreeSet<>();
        for (JsonNode c : changes) if (isLoopAdded(c, since)) subjects.add(c.get("subjectId").asText());
        return subjects;
    }

    private static boolean isLoopAdded(JsonNode c, long since) {
        return c.get("seq").asLong() > since && "added".equals(c.get("kind").asText())
                && "GUARANTEE_LOOP".equals(c.get("code").asText());
    }

    private final java.util.concurrent.atomic.AtomicInteger keepAlives = new java.util.concurrent.atomic.AtomicInteger();

    private void readEvents(Stream<String> lines, List<JsonNode> into) {
        try {
            lines.forEach(line -> {
                if (line.startsWith(":")) keepAlives.incrementAndGet();
                if (line.startsWith("data:")) {
                    try {
                        into.add(json.readTree(line.substring("data:".length()).strip()));
                    } catch (IOException e) {
                        throw new IllegalStateException("not JSON: " + line, e);
                    }
                }
            });
        } catch (RuntimeException e) {
            // the stream is closed when the test ends
        }
    }

    private static Path folder(Path dir, String rows) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("guarantees.csv"), HEADER + rows, StandardCharsets.UTF_8);
        return dir;
    }

    private static String idOf(String name) {
        return as("admin").queryParam("q", name).when().get("/api/companies").then().statusCode(200)
                .extract().path("find { it.name == '" + name + "' }.id");
    }

    private static List<String> codesOf(String id) {
        return as("admin").when().get("/api/companies/" + id + "/tags").then().statusCode(200).extract().path("code");
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not reached within a minute");
            Thread.sleep(100);
        }
    }
}
