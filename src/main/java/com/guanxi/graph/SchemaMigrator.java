package com.guanxi.graph;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@code cypher/schema/V###__*.cypher} at start-up: the versions above the one the database records, in
 * order, then records the highest. Every statement is idempotent ({@code IF NOT EXISTS}, {@code IF EXISTS}), so a
 * start cut off half-way simply runs its migration again; applied versions are not re-run, since a later one may
 * undo an earlier one (re-creating a dropped constraint on every start would re-index millions of nodes).
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class);
    private static final Pattern CREATE = Pattern.compile(
            "(?is)CREATE\\s+(?:\\w+\\s+)?(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS\\b.*");
    private static final Pattern INDEX = Pattern.compile("(?is)CREATE\\s+(?:\\w+\\s+)?INDEX\\s+\\w+\\s+IF\\s+NOT\\s+EXISTS\\b.*");
    private static final Pattern DROP = Pattern.compile("(?is)DROP\\s+(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF\\s+EXISTS\\s*");

    private final Driver driver;
    private final CypherCatalogue catalogue;

    SchemaMigrator(Driver driver, CypherCatalogue catalogue) {
        this.driver = driver;
        this.catalogue = catalogue;
    }

    void migrate(@Observes @Priority(10) StartupEvent event) {
        apply(Duration.ofSeconds(300));
    }

    /**
     * Brings the schema up to date and waits until every index is online — again after a bulk load replaced the
     * database's files, when a uniqueness constraint or index over millions of nodes is built here, for longer than
     * the database's usual transaction time limit (hence each statement's own {@code indexTime} limit).
     */
    public void apply(Duration indexTime) {
        waitForDatabase();
        var slow = TransactionConfig.builder().withTimeout(indexTime).build();
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            var recorded = session.executeRead(tx -> tx.run(catalogue.get(Statement.SCHEMA_CURRENT_VERSION)).single()
                    .get("version"));
            int applied = recorded.isNull() ? 0 : recorded.asInt();
            for (List<String> transaction : transactions(pending(catalogue.migrations(), applied))) {
                long started = System.nanoTime();
                session.executeWriteWithoutResult(tx -> transaction.forEach(tx::run), slow);
                double seconds = (System.nanoTime() - started) / 1e9;
                if (seconds >= 1) {
                    LOG.infof("Schema took %.1f s: %s", seconds, String.join("; ", transaction.stream().map(SchemaMigrator::firstLine).toList()));
                }
            }
            for (var migration : catalogue.migrations()) applied = Math.max(applied, migration.version());
            int version = applied;
            session.executeWriteWithoutResult(tx -> tx.run(catalogue.get(Statement.SCHEMA_RECORD_VERSION),
                    Map.of("version", version)));
            long waiting = System.nanoTime();
            session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", indexTime.toSeconds()), slow).consume();
            LOG.infof("Graph schema at version %d (indexes online %.1f s after the last statement)", applied,
                    (System.nanoTime() - waiting) / 1e9);
        }
    }

    /**
     * The statements of the migrations above {@code applied}, in order, without the creations that a later one of
     * them drops again: on a new (or freshly bulk-loaded) database V001's {@code person_id} would otherwise be built
     * over every person only for V007 to drop it. The drop itself stays (it is cheap, and removes a constraint left by
     * a run cut off half-way).
     */
    public static List<String> pending(List<CypherCatalogue.Migration> migrations, int applied) {
        List<String> statements = new ArrayList<>();
        for (var migration : migrations) {
            if (migration.version() <= applied) continue;
            for (String statement : migration.statements()) {
                Matcher drop = DROP.matcher(statement);
                if (drop.matches()) {
                    statements.removeIf(earlier -> created(earlier, drop.group(1)));
                }
                statements.add(statement);
            }
        }
        return statements;
    }

    /**
     * The pending statements as transactions: the creations of (non-unique) indexes first and together, then the
     * others each on its own, in order. The indexes of one transaction are populated in one pass over the graph (one
     * pass over millions of companies instead of one per index), in the background once it commits; a uniqueness
     * constraint is built while its statement runs, on one core. So the constraints are built while the indexes are
     * populated: over a bulk-loaded 1M companies 46–48 s instead of 68 s with the indexes last ({@code SchemaBuildBench}).
     */
    public static List<List<String>> transactions(List<String> pending) {
        List<List<String>> transactions = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        for (String statement : pending) {
            if (INDEX.matcher(statement).matches()) indexes.add(statement);
            else transactions.add(List.of(statement));
        }
        if (!indexes.isEmpty()) transactions.add(0, indexes);
        return transactions;
    }

    private static boolean created(String statement, String name) {
        Matcher create = CREATE.matcher(statement);
        return create.matches() && create.group(1).equals(name);
    }

    private static String firstLine(String statement) {
        int end = statement.indexOf('\n');
        return end < 0 ? statement : statement.substring(0, end);
    }

    /** An external server may still be starting (or restarting) when the service comes up. */
    private void waitForDatabase() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                driver.verifyConnectivity();
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.infof("Waiting for Neo4j: %s", e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
