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
import java.util.Map;

/**
 * Applies {@code cypher/schema/V###__*.cypher} at start-up: the versions above the one the database records, in
 * order, then records the highest. Every statement is idempotent ({@code IF NOT EXISTS}, {@code IF EXISTS}), so a
 * start cut off half-way simply runs its migration again; applied versions are not re-run, since a later one may
 * undo an earlier one (re-creating a dropped constraint on every start would re-index millions of nodes).
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class);

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
            for (var migration : catalogue.migrations()) {
                if (migration.version() <= applied) continue;
                for (String statement : migration.statements()) {
                    session.executeWriteWithoutResult(tx -> tx.run(statement), slow);
                }
                applied = migration.version();
            }
            int version = applied;
            session.executeWriteWithoutResult(tx -> tx.run(catalogue.get(Statement.SCHEMA_RECORD_VERSION),
                    Map.of("version", version)));
            session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", indexTime.toSeconds()), slow).consume();
            LOG.infof("Graph schema at version %d", applied);
        }
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
