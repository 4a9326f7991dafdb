package com.guanxi.bench;

import com.guanxi.graph.BulkRows;
import com.guanxi.graph.CypherCatalogue;
import com.guanxi.graph.EmbeddedNeo4j;
import com.guanxi.graph.ProjectionReader;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.configuration.GraphDatabaseSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The analytics projection load on an imported database, three ways in turn — scanned through the core API (what
 * the service does with its own database), by the Cypher statements in process, and by them over Bolt (an external
 * server): starts the embedded server on {@code home} (a data folder's {@code neo4j}; the service must not be
 * running on it), loads the four inputs of a run each way {@code rounds} times (the first round also warms the page cache), then the positions and
 * case parties the tags read. Prints each load's parts (ms; they overlap), its wall time and the CPU time the
 * process spent on it (on a shared machine the CPU time says more than the wall time).
 * Usage: {@code ProjectionLoadBench HOME [rounds=3] [pageCache=2g] [boltPort=17899] [scan-only]}
 */
public final class ProjectionLoadBench {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String pageCache = args.length > 2 ? args[2] : "2g";
        int port = args.length > 3 ? Integer.parseInt(args[3]) : 17899;
        boolean skipCypher = args.length > 4 && args[4].equals("scan-only");
        Duration timeout = Duration.ofHours(1);
        var service = EmbeddedNeo4j.startServer(home, port, timeout, Optional.of(pageCache));
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(),
                Config.builder().withoutEncryption().build())) {
            var cypher = new CypherCatalogue();
            var db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var scanning = ProjectionReader.scanning(db, BulkRows.inProcess(db, timeout), cypher, timeout);
            var inProcess = new ProjectionReader(BulkRows.inProcess(db, timeout), cypher);
            var bolt = new ProjectionReader(BulkRows.bolt(driver, timeout), cypher);
            var ways = new Object[][]{{"scan", scanning}, {"in process", inProcess}, {"Bolt", bolt}};
            for (int round = 1; round <= rounds; round++) {
                for (var way : skipCypher ? new Object[][]{ways[0]} : ways) {
                    ProjectionReader reader = (ProjectionReader) way[1];
                    System.gc();
                    long cpu = cpu();
                    long t = System.nanoTime();
                    var inputs = reader.load(executor);
                    long load = (System.nanoTime() - t) / 1_000_000;
                    long loadCpu = (cpu() - cpu) / 1_000_000;
                    t = System.nanoTime();
                    int servings = reader.servings().size();
                    long servingsMs = (System.nanoTime() - t) / 1_000_000;
                    t = System.nanoTime();
                    int parties = reader.caseParties().size();
                    long partiesMs = (System.nanoTime() - t) / 1_000_000;
                    System.out.printf("round %d %-10s load %,6d ms (CPU %,d ms) %s (%,d companies, %,d holdings, "
                                    + "%,d contracts); servings %,d ms (%,d); case parties %,d ms (%,d)%n", round, way[0],
                            load, loadCpu, inputs.timings(), inputs.registry().size(), inputs.holdings().holdingCount(),
                            inputs.guarantees().contractCount(), servingsMs, servings, partiesMs, parties);
                }
            }
        } finally {
            executor.shutdown();
            service.shutdown();
        }
    }

    /** CPU time of the whole process (server, driver and loader share it), ns. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
