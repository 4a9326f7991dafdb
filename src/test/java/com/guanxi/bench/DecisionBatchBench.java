package com.guanxi.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Batch decisions against a running service: {@code count} applications (default 20,000), each a random tagged
 * subject as applicant with {@code guarantors} random tagged guarantors and a random amount, sent as
 * {@code POST /api/decisions/batch} calls of {@code perCall} applications (default: all in one call). Every decision
 * is resolved, decided by the champion with the challenger beside it, and stored by the service. Prints
 * decisions/s and the outcomes, then reads one decision back and replays it. Not a test.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) com.guanxi.bench.DecisionBatchBench \
 *      [base=http://127.0.0.1:8080] [count=20000] [guarantors=2] [perCall=count]
 * </pre>
 */
public final class DecisionBatchBench {
    private DecisionBatchBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int guarantors = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int perCall = args.length > 3 ? Integer.parseInt(args[3]) : count;
        BenchClient client = new BenchClient(base);
        List<String> ids = client.taggedSubjects(10_000).stream().filter(id -> !id.startsWith("P")).toList();
        Random random = new Random(20240630L);
        List<Map<String, Object>> applications = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> g = new ArrayList<>();
            for (int k = 0; k < guarantors; k++) g.add(ids.get(random.nextInt(ids.size())));
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("requestId", "bench-" + i);
            a.put("applicant", ids.get(random.nextInt(ids.size())));
            a.put("guarantors", g);
            a.put("amount", 100_000L * (1 + random.nextInt(200)));
            a.put("product", "working-capital");
            applications.add(a);
        }
        System.out.printf("service=%s subjects=%d applications=%d guarantors/application=%d per call=%d%n", base,
                ids.size(), count, guarantors, perCall);

        post(client, applications.subList(0, Math.min(500, count))); // warm-up
        Map<String, Long> outcomes = new LinkedHashMap<>();
        String someId = null;
        long bytes = 0;
        long started = System.nanoTime();
        for (int from = 0; from < count; from += perCall) {
            Answer answer = post(client, applications.subList(from, Math.min(count, from + perCall)));
            bytes += answer.bytes;
            answer.json.get("outcomes").fields().forEachRemaining(e -> outcomes.merge(e.getKey(), e.getValue().asLong(), Long::sum));
            if (someId == null) someId = answer.json.get("results").get(0).path("decision").path("id").asText(null);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("decided=%d in %.2f s: %.0f decisions/s (%.1f MB of answers) outcomes=%s%n", count, seconds,
                count / seconds, bytes / 1e6, outcomes);
        if (someId != null) {
            long t0 = System.nanoTime();
            JsonNode stored = client.get("/api/decisions/" + someId);
            HttpResponse<String> replay = client.http.send(client.request("/api/decisions/"
                    + someId + "/replay").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            System.out.printf("read back %s (%s, challenger %s) and replayed it: reproduced=%s in %.1f ms%n", someId,
                    stored.get("decision").asText(), stored.path("challenger").path("decision").asText("-"),
                    BenchClient.JSON.readTree(replay.body()).get("reproduced").asBoolean(), (System.nanoTime() - t0) / 1e6);
        }
    }

    private record Answer(JsonNode json, long bytes) {
    }

    private static Answer post(BenchClient client, List<Map<String, Object>> applications) throws Exception {
        byte[] body = BenchClient.JSON.writeValueAsBytes(Map.of("requests", applications));
        HttpResponse<byte[]> r = client.http.send(client.request("/api/decisions/batch")
                .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IllegalStateException("batch answered " + r.statusCode() + ": " + new String(r.body()));
        return new Answer(BenchClient.JSON.readTree(r.body()), r.body().length);
    }
}
