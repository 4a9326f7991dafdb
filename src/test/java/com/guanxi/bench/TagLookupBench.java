package com.guanxi.bench;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tag look-ups against a running service: {@code clients} concurrent clients (JDK HttpClient) each asking
 * {@code GET /api/companies/{id}/tags} for random tagged subjects, until {@code requests} answers or {@code seconds}
 * have passed, whichever comes first. Prints throughput and latency percentiles. Not a test.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) com.guanxi.bench.TagLookupBench \
 *      [base=http://127.0.0.1:8080] [clients=16] [requests=50000] [seconds=60]
 * </pre>
 */
public final class TagLookupBench {
    private TagLookupBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int maxRequests = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        BenchClient client = new BenchClient(base);
        List<String> ids = client.taggedSubjects(10_000);
        System.out.printf("service=%s subjects=%d clients=%d bound=%d requests or %d s%n", base, ids.size(), clients,
                maxRequests, seconds);

        run(client, ids, clients, Math.min(2_000, maxRequests), 30, 1L, false); // warm-up
        run(client, ids, clients, maxRequests, seconds, 20240630L, true);
    }

    private static void run(BenchClient client, List<String> ids, int clients, int maxRequests, int seconds, long seed,
                            boolean print) throws InterruptedException {
        long[] latencies = new long[maxRequests];
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong tags = new AtomicLong();
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
                            HttpResponse<String> r = client.http.send(client.request("/api/companies/" + id + "/tags").GET().build(),
                                    HttpResponse.BodyHandlers.ofString());
                            latencies[slot] = System.nanoTime() - t0;
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            } else {
                                tags.addAndGet(BenchClient.JSON.readTree(r.body()).size());
                            }
                        } catch (Exception e) {
                            latencies[slot] = System.nanoTime() - t0;
                            errors.incrementAndGet();
                        }
                        done.incrementAndGet();
                    }
                } finally {
                    finished.countDown();
                }
            }, "lookup-" + c);
            t.start();
        }
        finished.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        int n = done.get();
        if (!print) return;
        long[] sorted = BenchClient.sorted(latencies, Math.min(n, maxRequests));
        System.out.printf("requests=%d errors=%d elapsed=%.2f s throughput=%.0f req/s tags/answer=%.2f%n", n,
                errors.get(), elapsed, n / elapsed, n == 0 ? 0 : tags.get() / (double) (n - errors.get()));
        System.out.printf("latency ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f%n", BenchClient.quantile(sorted, 0.50) / 1e6,
                BenchClient.quantile(sorted, 0.90) / 1e6, BenchClient.quantile(sorted, 0.99) / 1e6,
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }
}
