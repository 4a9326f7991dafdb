package com.guanxi.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Associated parties against a running service: {@code GET /api/companies/{id}/associated?depth=N} for a mix of
 * companies — random registry companies (USCCs sampled from the companies.csv the graph was imported from, when
 * given; else tagged subjects of the change log) and members of the largest guarantee circles — first by one client
 * in sequence, then by {@code clients} concurrent clients. Prints p50/p95/p99/max latency per phase, throughput,
 * errors, and how many answers held group or guarantee relations. A sampled USCC the import rejected answers 404:
 * counted apart, not as an error. Not a test.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) com.guanxi.bench.AssociatedPartyBench \
 *      [base=http://127.0.0.1:8080] [clients=16] [requests=5000] [depth=2] [companies.csv] [seconds=60]
 * </pre>
 */
public final class AssociatedPartyBench {
    private AssociatedPartyBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        int depth = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Path csv = args.length > 4 && !args[4].isBlank() && !args[4].equals("-") ? Path.of(args[4]) : null;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        BenchClient client = new BenchClient(base);
        Random random = new Random(20261121L);

        List<String> random1 = csv != null ? sampleUscc(csv, 4_000, random)
                : client.taggedSubjects(10_000).stream().filter(id -> !id.startsWith("P")).toList();
        List<String> inCircles = circleMembers(client, 1_000, random);
        List<String> ids = new ArrayList<>(random1);
        ids.addAll(inCircles);
        java.util.Collections.shuffle(ids, random);
        System.out.printf("service=%s depth=%d companies=%d (random %d, guarantee-circle members %d) clients=%d "
                + "requests=%d%n", base, depth, ids.size(), random1.size(), inCircles.size(), clients, requests);

        run(client, ids, 1, Math.min(300, requests), seconds, depth, 1L, null); // warm-up
        run(client, ids, 1, Math.min(2_000, requests), seconds, depth, 7L, "sequential");
        run(client, ids, clients, requests, seconds, depth, 20261121L, clients + " clients");
    }

    private static List<String> sampleUscc(Path csv, int n, Random random) throws Exception {
        // Reservoir sample of the first column (uscc) of a companies.csv.
        List<String> sample = new ArrayList<>(n);
        long seen = 0;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = in.readLine(); // header
            while ((line = in.readLine()) != null) {
                int comma = line.indexOf(',');
                if (comma <= 0) continue;
                String uscc = line.substring(0, comma);
                seen++;
                if (sample.size() < n) {
                    sample.add(uscc);
                } else {
                    long k = (long) (random.nextDouble() * seen);
                    if (k < n) sample.set((int) k, uscc);
                }
            }
        }
        return sample;
    }

    private static List<String> circleMembers(BenchClient client, int n, Random random) throws Exception {
        Set<String> members = new LinkedHashSet<>();
        for (JsonNode circle : client.get("/api/guarantee-circles?limit=1000")) {
            JsonNode more = circle.get("members");
            if (more != null && more.isArray()) more.forEach(m -> members.add(m.isTextual() ? m.asText() : m.path("id").asText()));
        }
        List<String> all = new ArrayList<>(members);
        all.removeIf(id -> id.isEmpty() || id.startsWith("P"));
        java.util.Collections.shuffle(all, random);
        return all.subList(0, Math.min(n, all.size()));
    }

    private static void run(BenchClient client, List<String> ids, int clients, int maxRequests, int seconds, int depth,
                            long seed, String label) throws InterruptedException {
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger notFound = new AtomicInteger();
        AtomicInteger withGroup = new AtomicInteger();
        AtomicInteger withGuarantee = new AtomicInteger();
        AtomicLong parties = new AtomicLong();
        BenchClient.ClosedLoop loop = BenchClient.closedLoop(ids, clients, maxRequests, seconds, seed, "associated", id -> {
            HttpResponse<String> r = client.http.send(client.request("/api/companies/" + id + "/associated?depth="
                    + depth).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 404) {
                notFound.incrementAndGet(); // a sampled USCC whose row the import rejected
            } else if (r.statusCode() != 200) {
                if (errors.incrementAndGet() == 1) {
                    System.out.printf("  first error: %s -> %d %s%n", id, r.statusCode(), r.body());
                }
            } else {
                JsonNode answer = BenchClient.JSON.readTree(r.body());
                parties.addAndGet(answer.size());
                String text = r.body();
                if (text.contains("\"same_group\"")) withGroup.incrementAndGet();
                if (text.contains("\"guarantor\"") || text.contains("\"guaranteed\"")) withGuarantee.incrementAndGet();
            }
        });
        if (label == null) return;
        int n = loop.requests();
        int failed = errors.get() + loop.unanswered();
        int ok = n - failed - notFound.get();
        System.out.printf("%s: requests=%d errors=%d not found=%d elapsed=%.2f s throughput=%.0f req/s "
                        + "parties/answer=%.1f answers with group=%d guarantee=%d%n", label, n, failed,
                notFound.get(), loop.seconds(), loop.throughput(),
                ok == 0 ? 0 : parties.get() / (double) ok, withGroup.get(), withGuarantee.get());
        System.out.printf("  latency ms: p50=%.2f p95=%.2f p99=%.2f max=%.2f%n", loop.ms(0.50), loop.ms(0.95),
                loop.ms(0.99), loop.maxMs());
    }
}
