package com.guanxi.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names of entities by id, and holding edges for equity-penetration trees. */
@ApplicationScoped
public class EntityRepository {

    private final Driver driver;
    private final CypherCatalogue cypher;

    EntityRepository(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public record EntityName(String id, String name, String type) {
    }

    public record HoldingEdge(String holder, String company, Double ratio) {
    }

    /** An entity an identifier or exact name resolves to: rank 0 by identifier, 1 by registry name, 2 by other name. */
    public record Match(String id, int rank) {
    }

    /**
     * Resolves keys (id, USCC, reg_no, or a name whose normalised form is given beside it) to entities, best first;
     * keys that match nothing are absent.
     *
     * @param keys key -> normalised name (null when the key is not to be read as a name)
     */
    public Map<String, List<Match>> resolve(Map<String, String> keys) {
        if (keys.isEmpty()) return Map.of();
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        keys.forEach((key, norm) -> {
            Map<String, Object> row = new HashMap<>();
            row.put("key", key);
            row.put("normName", norm);
            rows.add(row);
        });
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                Map<String, List<Match>> out = new HashMap<>();
                tx.run(cypher.get(Statement.ENTITY_RESOLVE), Map.of("keys", rows)).forEachRemaining(r ->
                        out.put(r.get("key").asString(), r.get("matches").asList(v -> new Match(v.get("id").asString(),
                                v.get("rank").asInt()))));
                return out;
            });
        }
    }

    public Map<String, EntityName> names(Collection<String> ids) {
        if (ids.isEmpty()) return Map.of();
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                Map<String, EntityName> out = new HashMap<>();
                tx.run(cypher.get(Statement.ENTITY_NAMES), Map.of("ids", List.copyOf(ids))).forEachRemaining(r ->
                        out.put(r.get("id").asString(), new EntityName(r.get("id").asString(),
                                r.get("name").isNull() ? null : r.get("name").asString(), r.get("type").asString())));
                return out;
            });
        }
    }

    public List<HoldingEdge> ownershipEdges(String id, boolean up, int depth, int limit, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("depth", depth);
        params.put("limit", limit);
        params.put("asOf", asOf);
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(up ? Statement.OWNERSHIP_TREE_UP : Statement.OWNERSHIP_TREE_DOWN), params)
                    .list(r -> new HoldingEdge(r.get("holder").asString(), r.get("company").asString(),
                            r.get("ratio").isNull() ? null : r.get("ratio").asDouble())));
        }
    }
}
