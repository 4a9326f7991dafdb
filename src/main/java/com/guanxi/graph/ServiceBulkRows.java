package com.guanxi.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The service's bulk reads: in process when this service runs the database itself, over Bolt when it uses an
 * external server or cluster. Decided per read, since the embedded database starts with the service.
 */
@ApplicationScoped
public class ServiceBulkRows implements BulkRows {

    private final EmbeddedNeo4j embedded;
    private final GraphConfig config;
    private final BulkRows bolt;

    ServiceBulkRows(Driver driver, EmbeddedNeo4j embedded, GraphConfig config) {
        this.embedded = embedded;
        this.config = config;
        this.bolt = BulkRows.bolt(driver, config.bulkTransactionTimeout());
    }

    @Override
    public <T> T read(String statement, Map<String, Object> params, Supplier<T> container, BiConsumer<T, List<Object>> add) {
        BulkRows rows = embedded.database()
                .map(db -> BulkRows.inProcess(db, config.bulkTransactionTimeout()))
                .orElse(bolt);
        return rows.read(statement, params, container, add);
    }
}
