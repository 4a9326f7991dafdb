package com.guanxi.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;

import java.nio.file.Path;

/** Opens {@link BulkLoad}s: when the service runs the database itself and that database holds nothing yet. */
@ApplicationScoped
public class BulkLoader {

    private final EmbeddedNeo4j embedded;
    private final SchemaMigrator schema;
    private final GraphWriter writer;
    private final Driver driver;
    private final CypherCatalogue cypher;

    BulkLoader(EmbeddedNeo4j embedded, SchemaMigrator schema, GraphWriter writer, Driver driver, CypherCatalogue cypher) {
        this.embedded = embedded;
        this.schema = schema;
        this.writer = writer;
        this.driver = driver;
        this.cypher = cypher;
    }

    /** The database is embedded in this service and empty (only its schema version is recorded). */
    public boolean canLoad() {
        if (!embedded.isRunning()) return false;
        try (var session = driver.session()) {
            var counts = session.executeRead(tx -> tx.run(cypher.get(Statement.STATS_HOLDS_DATA)).single());
            return counts.get("nodes").asLong() == counts.get("schemaNodes").asLong();
        }
    }

    /**
     * A load writing its files to {@code folder}; {@code expectedRows} (an upper bound, e.g. from the input's size)
     * sizes the filter that tells a key's first row from later ones. {@code offHeapMemory}: the importer's limit.
     */
    public BulkLoad open(Path folder, long expectedRows, String batchId, String offHeapMemory) {
        return new BulkLoad(folder, expectedRows, batchId, offHeapMemory, embedded, schema, writer, driver, cypher);
    }
}
