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
