package com.guanxi.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes analytics results back to the graph and keeps the record of every run. */
@ApplicationScoped
public class AnalyticsStore {

    private static final int CHUNK = 10_000;

    private final Driver driver;
    private final CypherCatalogue cypher;

    AnalyticsStore(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
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

    public void writeCompanyResults(List<Map<String, Object>> rows, String runId) {
        chunked(Statement.ANALYTICS_COMPANY_RESULTS, rows, Map.of("runId", runId));
    }

    public void replaceControls(List<Map<String, Object>> rows, String runId, LocalDate asOf) {
        autoCommit(Statement.ANALYTICS_CONTROLS_CLEAR);
        chunked(Statement.ANALYTICS_CONTROLS_CREATE, rows, Map.of("runId", runId, "asOf", asOf));
    }

    public void replaceCircles(List<Map<String, Object>> rows, String runId, LocalDate asOf) {
        autoCommit(Statement.ANALYTICS_CIRCLES_CLEAR);
        chunked(Statement.ANALYTICS_CIRCLES_CREATE, rows, Map.of("runId", runId, "asOf", asOf));
    }

    public void replaceSharedContacts(List<Map<String, Object>> address, List<Map<String, Object>> phone,
                                      List<Map<String, Object>> email, String runId) {
        autoCommit(Statement.ANALYTICS_SHARED_CONTACTS_CLEAR);
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher.get(Statement.ANALYTICS_SHARED_CONTACTS_CREATE),
                    Map.of("address", address, "phone", phone, "email", email, "runId", runId)));
        }
    }

    private void chunked(Statement statement, List<Map<String, Object>> rows, Map<String, Object> fixed) {
        String text = cypher.get(statement);
        try (var session = driver.session()) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                var chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                var params = new java.util.HashMap<>(fixed);
                params.put("rows", chunk);
                session.executeWriteWithoutResult(tx -> tx.run(text, params));
            }
        }
    }

    /** CALL … IN TRANSACTIONS needs an auto-commit transaction. */
    private void autoCommit(Statement statement) {
        try (var session = driver.session()) {
            session.run(cypher.get(statement)).consume();
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
