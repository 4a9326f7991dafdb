package com.guanxi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the HTTP benchmarks share: a client, JSON, a bearer token, the tagged subjects of a running service,
 * percentiles. The token comes from {@code GUANXI_BENCH_TOKEN}, or from the local login with
 * {@code GUANXI_BENCH_USER} (default bench) and {@code GUANXI_BENCH_PASSWORD}. The service's rate limit applies to
 * the bench's user: raise it for throughput runs ({@code GUANXI_RATE_PER_SECOND}, {@code GUANXI_RATE_BURST}).
 */
final class BenchClient {
    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * HTTP/1.1 by default: each concurrent client then has a connection of its own, as separate callers would.
     * {@code GUANXI_BENCH_HTTP=2} lets the JDK client upgrade to HTTP/2, which multiplexes every client over one
     * connection.
     */
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version("2".equals(System.getenv("GUANXI_BENCH_HTTP")) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
            .build();
    final String base;
    final String authorization;

    BenchClient(String base) throws IOException, InterruptedException {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = "Bearer " + token();
    }

    /** A request to {@code path} carrying the token. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization);
    }

    private String token() throws IOException, InterruptedException {
        String token = System.getenv("GUANXI_BENCH_TOKEN");
        if (token != null && !token.isBlank()) return token.strip();
        String user = System.getenv().getOrDefault("GUANXI_BENCH_USER", "bench");
        String password = System.getenv("GUANXI_BENCH_PASSWORD");
        if (password == null) throw new IllegalStateException("Set GUANXI_BENCH_TOKEN, or GUANXI_BENCH_PASSWORD (and "
                + "GUANXI_BENCH_USER) of a local user made with `guanxi user add NAME --role admin --password-stdin`.");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("username", user,
                        "password", password)))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("login as " + user + " answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body()).get("token").asText();
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /**
     * Up to {@code max} subjects of the change log (every subject that ever had a tag), so look-ups and applications
     * use ids the service knows.
     */
    List<String> taggedSubjects(int max) throws IOException, InterruptedException {
        Set<String> ids = new LinkedHashSet<>();
        long since = 0;
        while (ids.size() < max) {
            JsonNode page = get("/api/tags/changes?since=" + since + "&limit=5000");
            for (JsonNode c : page.get("changes")) {
                ids.add(c.get("subjectId").asText());
                if (ids.size() == max) break;
            }
            if (!page.get("hasMore").asBoolean()) break;
            since = page.get("next").asLong();
        }
        if (ids.isEmpty()) throw new IllegalStateException("The service has no tags yet: import data and run analytics first.");
        return new ArrayList<>(ids);
    }

    /** One request of a closed loop for {@code id}; returns once answered (any status), throws when not answered. */
    interface Request {
        void send(String id) throws Exception;
    }

    /** How a closed loop went: requests sent, those not answered (an exception), wall time, sorted latencies (ns). */
    record ClosedLoop(int requests, int unanswered, double seconds, long[] sortedLatencies) {
        double throughput() {
            return requests / seconds;
        }

        /** Latency at quantile q (0..1), ms. */
        double ms(double q) {
            return quantile(sortedLatencies, q) / 1e6;
        }

        double maxMs() {
            return sortedLatencies.length == 0 ? Double.NaN : sortedLatencies[sortedLatencies.length - 1] / 1e6;
        }
    }

    /**
     * {@code clients} threads each sending a request for a random id (seeded per client) as soon as the previous one
     * is answered, until {@code maxRequests} have been sent or {@code seconds} have passed.
     */
    static ClosedLoop closedLoop(List<String> ids, int clients, int maxRequests, int seconds, long seed, String name,
                                 Request request) throws InterruptedException {
        long[] latencies = new long[maxRequests];
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch finished = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed + c);
            Thread t = new Thread(() -> {
                try {
                    int slot;
                    while (System.nanoTime() < deadline && (slot = issued.getAndIncrement()) < maxRequests) {
                        String id = ids.get(random.nextInt(ids.size()));
                        long t0 = System.nanoTime();
                        try {
                            request.send(id);
                        } catch (Exception e) {
                            unanswered.incrementAndGet();
                        }
                        latencies[slot] = System.nanoTime() - t0;
                        done.incrementAndGet();
                    }
                } finally {
                    finished.countDown();
                }
            }, name + "-" + c);
            t.start();
        }
        finished.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        int n = Math.min(done.get(), maxRequests);
        return new ClosedLoop(n, unanswered.get(), elapsed, sorted(latencies, n));
    }

    /** The q-th quantile (0..1) of sorted values, nearest rank. */
    static double quantile(long[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static long[] sorted(long[] values, int n) {
        long[] copy = Arrays.copyOf(values, n);
        Arrays.sort(copy);
        return copy;
    }
}
