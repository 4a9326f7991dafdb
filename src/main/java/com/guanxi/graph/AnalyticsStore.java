package com.guanxi.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Writes analytics results back to the graph and keeps the record of every run. */
@ApplicationScoped
public class AnalyticsStore {

    private static final int CHUNK = 10_000;

    private final Driver driver;
    private final EmbeddedNeo4j embedded;
    private final Duration bulkTimeout;
    private final BulkRows rows;
    private final CypherCatalogue cypher;
    /** Writing a million results takes longer than an interactive query may. */
    private final TransactionConfig bulk;

    AnalyticsStore(Driver driver, EmbeddedNeo4j embedded, ServiceBulkRows rows, CypherCatalogue cypher,
                   GraphConfig config) {
        this.driver = driver;
        this.embedded = embedded;
        this.bulkTimeout = config.bulkTransactionTimeout();
        this.rows = rows;
        this.cypher = cypher;
        this.bulk = TransactionConfig.builder().withTimeout(config.bulkTransactionTimeout()).build();
    }

    public void saveRun(Map<String, Object> run) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher.get(Statement.ANALYTICS_RUN_UPSERT), Map.of("run", run)));
        }
    }

    public Optional<Map<String, Object>> run(String runId) {
        return single(Statement.ANALYTICS_RUN_BY_ID, Map.of("runId", runId));
    }

    public Optional<Map<String, Object>> latestRun() {
        return single(Statement.ANALYTICS_RUN_LATEST, Map.of());
    }

    /**
     * Writes the results of the companies in {@code rows} and, where a row says {@code replaceControl}, replaces
     * their CONTROLS, chunk by chunk (each chunk one transaction).
     */
    public void writeCompanyResults(List<Map<String, Object>> rows, String runId, LocalDate asOf) {
        chunked(Statement.ANALYTICS_COMPANY_RESULTS, rows, Map.of("runId", runId, "asOf", asOf));
    }

    /** Removes the circles {@code removed} and creates those of {@code rows}. */
    public void updateCircles(List<String> removed, List<Map<String, Object>> rows, String runId, LocalDate asOf) {
        try (var session = driver.session()) {
            for (int from = 0; from < removed.size(); from += CHUNK) {
                var ids = removed.subList(from, Math.min(removed.size(), from + CHUNK));
                session.executeWriteWithoutResult(tx -> tx.run(cypher.get(Statement.ANALYTICS_CIRCLES_DELETE),
                        Map.of("ids", ids)), bulk);
            }
        }
        chunked(Statement.ANALYTICS_CIRCLES_CREATE, rows, Map.of("runId", runId, "asOf", asOf));
    }

    /** Removes the SAME_* relationships {@code removed} and creates {@code added}, by type (address, phone, email). */
    public void updateSharedContacts(Map<String, List<Map<String, Object>>> removed,
                                     Map<String, List<Map<String, Object>>> added, String runId) {
        byType(Statement.ANALYTICS_SHARED_CONTACTS_DELETE, removed, Map.of());
        byType(Statement.ANALYTICS_SHARED_CONTACTS_CREATE, added, Map.of("runId", runId));
    }

    /**
     * The per-company results the graph holds: [id, controller, basis, path, group root, group size, chain, circle];
     * scanned in process when this service runs the database ({@link StoredResultScan}).
     */
    public void storedCompanyResults(Consumer<List<Object>> sink) {
        embedded.database().ifPresentOrElse(db -> StoredResultScan.companyResults(db, bulkTimeout, sink),
                () -> stream(Statement.ANALYTICS_STORED_COMPANY_RESULTS, sink));
    }

    /** The circles the graph holds: [id, size, total, edges, company members, loop, mutual, max out, max in, members]. */
    public void storedCircles(Consumer<List<Object>> sink) {
        stream(Statement.ANALYTICS_STORED_CIRCLES, sink);
    }

    /** The SAME_* relationships the graph holds: [type, a, b, value]; scanned in process as above. */
    public void storedSharedContacts(Consumer<List<Object>> sink) {
        embedded.database().ifPresentOrElse(db -> StoredResultScan.sharedContacts(db, bulkTimeout, sink),
                () -> stream(Statement.ANALYTICS_STORED_SHARED_CONTACTS, sink));
    }

    /** Hands each row's list (plain Java values) to {@code sink}; the sink must cope with a retried transaction. */
    private void stream(Statement statement, Consumer<List<Object>> sink) {
        rows.read(cypher.get(statement), Map.of(), () -> sink, Consumer::accept);
    }

    /** The SAME_* statements take one list per type; each chunk fills one of them. */
    private void byType(Statement statement, Map<String, List<Map<String, Object>>> byType, Map<String, Object> fixed) {
        String text = cypher.get(statement);
        try (var session = driver.session()) {
            for (String type : List.of("address", "phone", "email")) {
                List<Map<String, Object>> rows = byType.getOrDefault(type, List.of());
                for (int from = 0; from < rows.size(); from += CHUNK) {
                    var params = new java.util.HashMap<String, Object>(fixed);
                    params.put("address", List.of());
                    params.put("phone", List.of());
                    params.put("email", List.of());
                    params.put(type, rows.subList(from, Math.min(rows.size(), from + CHUNK)));
                    session.executeWriteWithoutResult(tx -> tx.run(text, params), bulk);
                }
            }
        }
    }

    private void chunked(Statement statement, List<Map<String, Object>> rows, Map<String, Object> fixed) {
        String text = cypher.get(statement);
        try (var session = driver.session()) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                var chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                var params = new java.util.HashMap<>(fixed);
                params.put("rows", chunk);
                session.executeWriteWithoutResult(tx -> tx.run(text, params), bulk);
            }
        }
    }

    private Optional<Map<String, Object>> single(Statement statement, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher.get(statement), params);
                return result.hasNext()
                        ? Optional.of(result.next().get("run").asMap(v -> CompanyRepository.plain(v.asObject())))
                        : Optional.<Map<String, Object>>empty();
            });
        }
    }
}
