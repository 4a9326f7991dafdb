package com.guanxi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Holds tag look-ups ({@code GET /api/companies/{id}/tags}, random tagged subjects) at a target rate against a
 * running service, open loop: request n is due at start + n / rate whatever happened to the ones before, and its
 * latency counts from when it was due, so a stalled service shows as latency instead of as a politely lower rate
 * (no coordinated omission). {@code clients} threads share the schedule; when all are busy, requests fall behind
 * and their waiting is part of their latency; what is still unsent when the time is up is reported as not sent.
 * Prints, per window (default a minute) of arrival: answers, achieved rate, errors by status, latency
 * p50/p90/p99/p99.9/max (a window marked + is answers that arrived after the end); then the whole run. Not a test.
 *
 * <pre>
 * java -cp "$CP" com.guanxi.bench.TagLoadBench base=http://127.0.0.1:18080 user=bench password=... \
 *      [rate=2000] [clients=16] [seconds=600] [window=60] [warmup=10]
 * </pre>
 * The token comes from {@code token=} (or GUANXI_TOKEN), else from logging in with user and password (or
 * GUANXI_BENCH_USER / GUANXI_BENCH_PASSWORD). The service's rate limit must allow the rate
 * (GUANXI_RATE_PER_SECOND, GUANXI_RATE_BURST), else the run measures the limiter: 429s are counted as errors.
 */
public final class TagLoadBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TagLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) throw new IllegalArgumentException("arguments are key=value: " + arg);
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String base = strip(a.getOrDefault("base", "http://127.0.0.1:8080"));
        double rate = Double.parseDouble(a.getOrDefault("rate", "2000"));
        int clients = Integer.parseInt(a.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "600"));
        int window = Integer.parseInt(a.getOrDefault("window", "60"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        String token = a.getOrDefault("token", System.getenv("GUANXI_TOKEN"));
        if (token == null || token.isBlank()) {
            token = login(http, base, a.getOrDefault("user", System.getenv("GUANXI_BENCH_USER")),
                    a.getOrDefault("password", System.getenv("GUANXI_BENCH_PASSWORD")));
        }
        List<String> ids = taggedSubjects(http, base, token, 10_000);
        System.out.printf("service=%s subjects=%d target=%.0f req/s clients=%d duration=%d s window=%d s warm-up=%d s%n",
                base, ids.size(), rate, clients, seconds, window, warmup);
        if (warmup > 0) run(http, base, token, ids, Math.min(rate, 500), clients, warmup, warmup, 1L, false);
        run(http, base, token, ids, rate, clients, seconds, window, 20240630L, true);
    }

    /** One window's answers, filled by every client thread. */
    private static final class Window {
        final AtomicLong done = new AtomicLong();
        final Map<Integer, AtomicLong> errors = new ConcurrentHashMap<>();
        final List<long[]> latencies = new ArrayList<>();

        synchronized void add(long[] chunk, int n) {
            latencies.add(Arrays.copyOf(chunk, n));
        }

        long[] sorted() {
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
            Arrays.sort(all);
            return all;
        }
    }

    private static void run(HttpClient http, String base, String token, List<String> ids, double rate, int clients,
                            int seconds, int windowSeconds, long seed, boolean print) throws InterruptedException {
        long periodNanos = Math.max(1, Math.round(1e9 / rate));
        long slots = (long) Math.floor(seconds * rate);
        long windowNanos = windowSeconds * 1_000_000_000L;
        Map<Integer, Window> results = new ConcurrentHashMap<>();
        AtomicLong next = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime() + 50_000_000L;
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = new SplittableRandom(seed + c);
            Thread t = new Thread(() -> {
                Map<Integer, long[]> buffers = new TreeMap<>();
                Map<Integer, Integer> filled = new TreeMap<>();
                long slot;
                while ((slot = next.getAndIncrement()) < slots) {
                    long due = start + slot * periodNanos;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
                    // Behind schedule at the end of the run: what was not sent by then counts as not sent.
                    if (System.nanoTime() >= end) break;
                    sent.incrementAndGet();
                    String id = ids.get(random.nextInt(ids.size()));
                    int status;
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/companies/"
                                        + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8) + "/tags"))
                                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                                HttpResponse.BodyHandlers.discarding());
                        status = r.statusCode();
                    } catch (Exception e) {
                        status = -1; // connection refused, reset or timed out
                    }
                    long now = System.nanoTime();
                    // Answers are counted in the window they arrive in: the achieved rate is what came back per second.
                    int w = (int) ((now - start) / windowNanos);
                    Window window = results.computeIfAbsent(w, k -> new Window());
                    window.done.incrementAndGet();
                    if (status != 200) window.errors.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                    long[] buffer = buffers.computeIfAbsent(w, k -> new long[4096]);
                    int n = filled.getOrDefault(w, 0);
                    if (n == buffer.length) {
                        window.add(buffer, n);
                        n = 0;
                    }
                    buffer[n] = now - due;
                    filled.put(w, n + 1);
                }
                buffers.forEach((w, buffer) -> results.get(w).add(buffer, filled.get(w)));
            }, "load-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        Thread progress = null;
        if (print) {
            progress = new Thread(() -> {
                try {
                    while (true) {
                        Thread.sleep(10_000);
                        long done = results.values().stream().mapToLong(x -> x.done.get()).sum();
                        long errors = results.values().stream().flatMap(x -> x.errors.values().stream())
                                .mapToLong(AtomicLong::get).sum();
                        System.out.printf("  … %.0f s: %d answers, %d errors%n", (System.nanoTime() - start) / 1e9, done, errors);
                    }
                } catch (InterruptedException stop) {
                    // run over
                }
            }, "load-progress");
            progress.setDaemon(true);
            progress.start();
        }
        for (Thread t : threads) t.join();
        if (progress != null) progress.interrupt();
        if (!print) return;

        System.out.println("window  answers   rate/s  errors             p50 ms    p90 ms    p99 ms  p99.9 ms    max ms");
        Window total = new Window();
        Map<Integer, Long> totalErrors = new TreeMap<>();
        long inTime = 0;
        for (var entry : new TreeMap<>(results).entrySet()) {
            Window w = entry.getValue();
            long from = (long) entry.getKey() * windowSeconds;
            boolean after = from >= seconds;
            double length = after ? windowSeconds : Math.min(windowSeconds, seconds - from);
            if (!after) inTime += w.done.get();
            long[] sorted = w.sorted();
            total.add(sorted, sorted.length);
            w.errors.forEach((k, v) -> totalErrors.merge(k, v.get(), Long::sum));
            System.out.printf("%4d s%s %7d %8.0f  %-16s %9.2f %9.2f %9.2f %9.2f %9.2f%n", from, after ? "+" : " ",
                    w.done.get(), w.done.get() / length, errors(w.errors), ms(sorted, 0.50), ms(sorted, 0.90),
                    ms(sorted, 0.99), ms(sorted, 0.999), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
        }
        long[] all = total.sorted();
        long errorCount = totalErrors.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("total: %d due, %d sent, %d not sent (behind schedule at the end), %d answers; "
                        + "achieved %.0f req/s in the %d s (target %.0f); %d errors %s%n", slots, sent.get(),
                slots - sent.get(), all.length, inTime / (double) seconds, seconds, rate, errorCount, totalErrors);
        System.out.printf("latency from the time each request was due, ms: p50=%.2f p90=%.2f p99=%.2f p99.9=%.2f max=%.2f%n",
                ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), ms(all, 0.999), all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6);
    }

    private static String errors(Map<Integer, AtomicLong> errors) {
        if (errors.isEmpty()) return "0";
        Map<Integer, Long> sorted = new TreeMap<>();
        errors.forEach((k, v) -> sorted.put(k, v.get()));
        return sorted.toString().replace(" ", "");
    }

    /** The q-th quantile of sorted nanoseconds, nearest rank, in milliseconds. */
    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static String login(HttpClient http, String base, String user, String password) throws Exception {
        if (user == null || password == null) {
            throw new IllegalArgumentException("give token=, or user= and password= (or GUANXI_TOKEN, GUANXI_BENCH_USER/PASSWORD)");
        }
        String body = JSON.createObjectNode().put("username", user).put("password", password).toString();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("login answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body()).get("token").asText();
    }

    /** Subjects of the tag-change log (every subject that ever had a tag), so look-ups ask for ids the service knows. */
    private static List<String> taggedSubjects(HttpClient http, String base, String token, int max) throws Exception {
        Set<String> ids = new LinkedHashSet<>();
        long since = 0;
        while (ids.size() < max) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/tags/changes?since=" + since
                    + "&limit=5000")).header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("GET /api/tags/changes answered " + r.statusCode() + ": " + r.body());
            JsonNode page = JSON.readTree(r.body());
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

    private static String strip(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
