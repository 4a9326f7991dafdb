package com.guanxi.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;

import java.util.Map;
import java.util.TreeMap;

/** Counts of nodes by label and relationships by type, used to check that a re-import changes nothing. */
@ApplicationScoped
public class GraphStats {

    private final Driver driver;
    private final CypherCatalogue cypher;

    GraphStats(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public record Counts(Map<String, Long> nodes, Map<String, Long> relationships) {
    }

    public Counts counts() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var record = tx.run(cypher.get(Statement.STATS_COUNTS)).single();
                return new Counts(toLongs(record.get("labels").asMap()), toLongs(record.get("relTypesCount").asMap()));
            });
        }
    }

    public String apocVersion() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(Statement.APOC_VERSION)).single().get("version").asString());
        }
    }

    private static Map<String, Long> toLongs(Map<String, Object> in) {
        Map<String, Long> out = new TreeMap<>();
        in.forEach((k, v) -> {
            long n = ((Number) v).longValue();
            if (n > 0) {
                out.put(k, n);
            }
        });
        return out;
    }
}
