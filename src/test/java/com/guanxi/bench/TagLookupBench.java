package com.guanxi.bench;

import java.net.http.HttpResponse;
import java.util.List;
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
        AtomicInteger errors = new AtomicInteger();
        AtomicLong tags = new AtomicLong();
        BenchClient.ClosedLoop loop = BenchClient.closedLoop(ids, clients, maxRequests, seconds, seed, "lookup", id -> {
            HttpResponse<String> r = client.http.send(client.request("/api/companies/" + id + "/tags").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                errors.incrementAndGet();
            } else {
                tags.addAndGet(BenchClient.JSON.readTree(r.body()).size());
            }
        });
        if (!print) return;
        int n = loop.requests();
        int failed = errors.get() + loop.unanswered();
        System.out.printf("requests=%d errors=%d elapsed=%.2f s throughput=%.0f req/s tags/answer=%.2f%n", n, failed,
                loop.seconds(), loop.throughput(), n == failed ? 0 : tags.get() / (double) (n - failed));
        System.out.printf("latency ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f%n", loop.ms(0.50), loop.ms(0.90),
                loop.ms(0.99), loop.maxMs());
    }
}
