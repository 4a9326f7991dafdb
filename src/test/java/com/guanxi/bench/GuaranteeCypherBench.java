package com.guanxi.bench;

import com.guanxi.analysis.AnalysisParams;
import com.guanxi.analysis.GuaranteeCircle;
import com.guanxi.analysis.GuaranteeCircles;
import com.guanxi.analysis.GuaranteeGraph;
import com.guanxi.analysis.GuaranteeProjection;
import com.guanxi.analysis.MutualGuarantee;
import com.guanxi.analysis.MutualGuarantees;
import com.guanxi.graph.BulkRows;
import com.guanxi.graph.CypherCatalogue;
import com.guanxi.graph.ProjectionReader;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The same guarantee-network questions two ways on one database: in memory (the analytics' projection load, then
 * {@link MutualGuarantees} and {@link GuaranteeCircles}) and as plain Cypher / APOC queries a user could run on the
 * graph ({@code bench/cypher/*.cypher}). Connects over Bolt to a running service's database (embedded: Bolt on
 * 127.0.0.1 without authentication). Every query runs with the given transaction timeout, the service's default
 * being 60 s; a timeout is reported as such. Not a test.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) com.guanxi.bench.GuaranteeCypherBench \
 *      [bolt=bolt://127.0.0.1:7687] [seeds=100] [timeoutSeconds=60] [asOf=date of the latest analytics run]
 * </pre>
 */
public final class GuaranteeCypherBench {
    private GuaranteeCypherBench() {
    }

    public static void main(String[] args) throws Exception {
        String bolt = args.length > 0 ? args[0] : "bolt://127.0.0.1:7687";
        int seedCount = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Duration timeout = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60);
        try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
            LocalDate asOf = args.length > 3 ? LocalDate.parse(args[3]) : latestRunDate(driver);
            System.out.printf("database=%s asOf=%s seeds=%d timeout=%d s%n", bolt, asOf, seedCount, timeout.toSeconds());

            // In memory: the analytics' own load and algorithms.
            ProjectionReader reader = new ProjectionReader(BulkRows.bolt(driver, timeout.multipliedBy(10)), new CypherCatalogue());
            var executor = java.util.concurrent.Executors.newFixedThreadPool(4);
            ProjectionReader.Inputs inputs = time("memory: load the analytics projections (registry, holdings, guarantees)",
                    () -> reader.load(executor));
            executor.shutdown();
            System.out.printf("  load timings (ms, in parallel sessions): %s%n", inputs.timings());
            GuaranteeProjection projection = inputs.guarantees();
            GuaranteeGraph g = time("memory: active graph as of " + asOf, () -> projection.activeGraph(asOf));
            List<MutualGuarantee> mutual = time("memory: mutual pairs", () -> MutualGuarantees.find(g));
            List<GuaranteeCircle> circles = time("memory: circles (WCC)", () -> GuaranteeCircles.find(g, AnalysisParams.defaults()));
            int largest = circles.stream().mapToInt(GuaranteeCircle::size).max().orElse(0);
            System.out.printf("  %,d contracts, %,d active edges, %,d mutual pairs, %,d circles (%,d members, largest %,d)%n",
                    projection.contractCount(), g.edgeCount(), mutual.size(), circles.size(),
                    circles.stream().mapToLong(GuaranteeCircle::size).sum(), largest);

            // Plain Cypher.
            Map<String, Object> params = Map.of("asOf", asOf);
            Outcome pairs = query(driver, "mutual-pairs", params, timeout);
            System.out.printf("cypher: mutual pairs %s%s%n", pairs,
                    pairs.records == null ? "" : " -> " + pairs.records.get(0).get("pairs").asLong()
                            + (pairs.records.get(0).get("pairs").asLong() == mutual.size() ? " (same as in memory)" : " (differs)"));

            Map<String, Integer> sizeOf = new HashMap<>();
            for (GuaranteeCircle c : circles) c.members().forEach(m -> sizeOf.put(m, c.size()));
            List<String> members = new ArrayList<>(sizeOf.keySet());
            members.sort(null);
            java.util.Collections.shuffle(members, new Random(20261121L));
            List<String> seeds = members.subList(0, Math.min(seedCount, members.size()));
            Map<String, Object> seedParams = Map.of("seeds", seeds, "asOf", asOf);
            for (String name : List.of("circle-sizes-cypher", "circle-sizes-apoc")) {
                Outcome o = query(driver, name, seedParams, timeout);
                String comparison = "";
                if (o.records != null) {
                    int same = 0;
                    long total = 0;
                    long max = 0;
                    for (Record r : o.records) {
                        long size = r.get("size").asLong();
                        total += size;
                        max = Math.max(max, size);
                        if (size == sizeOf.get(r.get("seedId").asString())) same++;
                    }
                    comparison = String.format(" -> %d seeds, components of %,d members in all (largest %,d); %d of %d "
                            + "the size of the seed's circle in memory", o.records.size(), total, max, same, seeds.size());
                }
                System.out.printf("cypher: %s for %d circle members %s%s%n", name, seeds.size(), o, comparison);
            }
            Outcome all = query(driver, "circles-cypher", params, timeout);
            System.out.printf("cypher: every circle %s%s%n", all, all.records == null ? "" : String.format(
                    " -> %d circles, %d members, largest %d (in memory %d, %d, %d)", all.records.get(0).get("circles").asLong(),
                    all.records.get(0).get("members").asLong(), all.records.get(0).get("largest").asLong(),
                    circles.size(), circles.stream().mapToLong(GuaranteeCircle::size).sum(), largest));
        }
    }

    private record Outcome(List<Record> records, long millis, String error) {
        @Override
        public String toString() {
            return error != null ? "failed after " + millis + " ms: " + error : "in " + millis + " ms";
        }
    }

    private static Outcome query(Driver driver, String name, Map<String, Object> params, Duration timeout) throws Exception {
        String text = Files.readString(Path.of("bench/cypher/" + name + ".cypher"));
        long t = System.nanoTime();
        try (var session = driver.session()) {
            List<Record> records = session.executeRead(tx -> tx.run(text, params).list(),
                    TransactionConfig.builder().withTimeout(timeout).build());
            return new Outcome(records, (System.nanoTime() - t) / 1_000_000, null);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome(null, (System.nanoTime() - t) / 1_000_000, message.length() > 200 ? message.substring(0, 200) + "…" : message);
        }
    }

    private static LocalDate latestRunDate(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var r = tx.run("MATCH (r:AnalyticsRun {state: 'done'}) RETURN r.asOf AS asOf ORDER BY r.finishedAt DESC LIMIT 1");
                return r.hasNext() ? LocalDate.parse(r.next().get("asOf").asString()) : LocalDate.now();
            });
        }
    }

    private static <T> T time(String name, Supplier<T> step) {
        long t = System.nanoTime();
        T result = step.get();
        System.out.printf("%s: %d ms%n", name, (System.nanoTime() - t) / 1_000_000);
        return result;
    }
}
