package com.guanxi.graph;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import java.time.Duration;
import java.util.Map;

/**
 * Applies {@code cypher/schema/V###__*.cypher} at start-up. Every statement is idempotent ({@code IF NOT EXISTS}),
 * so all of them run on every start; the highest applied version is recorded for operators.
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
        waitForDatabase();
        int applied = 0;
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            for (var migration : catalogue.migrations()) {
                for (String statement : migration.statements()) {
                    session.executeWriteWithoutResult(tx -> tx.run(statement));
                }
                applied = migration.version();
            }
            int version = applied;
            session.executeWriteWithoutResult(tx -> tx.run(catalogue.get(Statement.SCHEMA_RECORD_VERSION),
                    Map.of("version", version)));
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        LOG.infof("Graph schema at version %d", applied);
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
