package com.guanxi.bench;

import com.guanxi.graph.CypherCatalogue;
import com.guanxi.graph.EmbeddedNeo4j;
import com.guanxi.graph.SchemaMigrator;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.TransactionConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema build after a bulk load, in two orders: the index creations first (their population runs while the
 * uniqueness constraints are built — what {@link SchemaMigrator} does) and last (after the constraints, one at a
 * time). Starts the embedded server on {@code home} (a bulk-loaded data folder's {@code neo4j}; the service must not
 * be running on it), and for each round and order drops every constraint and index and builds them again, printing
 * the wall time and the process's CPU time of each build. A third order, {@code each}, builds every statement on its
 * own and waits for it, printing what each index costs alone. The first build in a JVM pays the JIT's warm-up (over
 * 1M companies about 40 CPU-seconds more than a warm round): compare orders in fresh JVMs, one order and one round each.
 * Usage: {@code SchemaBuildBench HOME [rounds=2] [pageCache=4g] [boltPort=17898] [orders=first,last]}
 */
public final class SchemaBuildBench {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String pageCache = args.length > 2 ? args[2] : "4g";
        int port = args.length > 3 ? Integer.parseInt(args[3]) : 17898;
        List<String> orders = List.of((args.length > 4 ? args[4] : "first,last").split(","));
        Duration timeout = Duration.ofHours(1);
        var service = EmbeddedNeo4j.startServer(home, port, timeout, Optional.of(pageCache));
        List<List<String>> indexesFirst = SchemaMigrator.transactions(SchemaMigrator.pending(new CypherCatalogue().migrations(), 0));
        List<List<String>> indexesLast = new ArrayList<>(indexesFirst.subList(1, indexesFirst.size()));
        indexesLast.add(indexesFirst.get(0));
        List<List<String>> each = new ArrayList<>();
        indexesFirst.forEach(transaction -> transaction.forEach(statement -> each.add(List.of(statement))));
        Map<String, List<List<String>>> byName = Map.of("first", indexesFirst, "last", indexesLast, "each", each);
        var slow = TransactionConfig.builder().withTimeout(timeout).build();
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(),
                Config.builder().withoutEncryption().build());
             var session = driver.session()) {
            service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            for (int round = 1; round <= rounds; round++) {
                for (String orderName : orders) {
                    List<List<String>> plan = byName.get(orderName);
                    if (plan == null) throw new IllegalArgumentException("orders are first, last and each: " + orderName);
                    for (String constraint : session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString())) {
                        session.run("DROP CONSTRAINT $name", Map.of("name", constraint)).consume();
                    }
                    for (String index : session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name").list(r -> r.get(0).asString())) {
                        session.run("DROP INDEX $name", Map.of("name", index)).consume();
                    }
                    System.gc();
                    long cpu = cpu();
                    long started = System.nanoTime();
                    StringBuilder steps = new StringBuilder();
                    for (List<String> transaction : plan) {
                        long t = System.nanoTime(), c = cpu();
                        session.executeWriteWithoutResult(tx -> transaction.forEach(tx::run), slow);
                        if (plan == each) {
                            session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", timeout.toSeconds()), slow).consume();
                        }
                        double seconds = (System.nanoTime() - t) / 1e9;
                        if (plan == each && transaction.get(0).startsWith("CREATE")) {
                            steps.append(String.format("%n  %-24s %5.1f s, CPU %5.1f s", name(transaction), seconds, (cpu() - c) / 1e9));
                        } else if (plan != each && seconds >= 1) {
                            steps.append(String.format(" %s %.1f s;", name(transaction), seconds));
                        }
                    }
                    session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", timeout.toSeconds()), slow).consume();
                    System.out.printf("round %d %-13s %.1f s (CPU %.1f s):%s%n", round, orderName,
                            (System.nanoTime() - started) / 1e9, (cpu() - cpu) / 1e9, steps);
                }
            }
        } finally {
            service.shutdown();
        }
    }

    private static String name(List<String> transaction) {
        if (transaction.size() > 1) return transaction.size() + " indexes";
        var named = java.util.regex.Pattern.compile("(?:CONSTRAINT|INDEX)\\s+(\\w+)").matcher(transaction.get(0));
        return named.find() ? named.group(1) : transaction.get(0);
    }

    /** CPU time of the whole process (the server and the bench share it), ns. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
