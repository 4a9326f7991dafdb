package com.guanxi.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores decisions, append-only ({@code :Decision} nodes: key fields for queries plus the whole record as JSON),
 * so that any decision can be shown and replayed later.
 */
@ApplicationScoped
public class DecisionStore {

    private static final int CHUNK = 2_000;

    private final Driver driver;
    private final CypherCatalogue cypher;

    DecisionStore(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /**
     * Stores decisions. Each row: id, requestId, decidedAt, applicantId, decision, score, rulesetId, rulesetVersion,
     * challengerDecision, challengerRulesetId, challengerRulesetVersion, json.
     */
    public void save(List<Map<String, Object>> rows) {
        String text = cypher.get(Statement.DECISIONS_CREATE);
        try (var session = driver.session()) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                var chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                session.executeWriteWithoutResult(tx -> tx.run(text, Map.of("rows", chunk)));
            }
        }
    }

    /** The stored JSON of a decision. */
    public Optional<String> json(String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher.get(Statement.DECISION_BY_ID), Map.of("id", id));
                return result.hasNext() ? Optional.of(result.next().get("json").asString()) : Optional.<String>empty();
            });
        }
    }
}
