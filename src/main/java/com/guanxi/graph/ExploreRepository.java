package com.guanxi.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Subgraphs for the viewer and for 查关系: neighbourhoods and shortest paths, always bounded. */
@ApplicationScoped
public class ExploreRepository {

    private final Driver driver;
    private final CypherCatalogue cypher;

    ExploreRepository(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public record Subgraph(List<Map<String, Object>> nodes, List<Map<String, Object>> edges, boolean truncated) {
    }

    public Subgraph neighborhood(String id, int depth, List<String> types, int limit, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("depth", depth);
        params.put("types", types);
        params.put("limit", limit + 1);
        params.put("asOf", asOf);
        return read(Statement.EXPLORE_NEIGHBORHOOD, params, limit);
    }

    public Subgraph shortestPaths(String from, String to, int maxDepth, int limit) {
        return read(Statement.EXPLORE_SHORTEST_PATHS, Map.of("from", from, "to", to, "maxDepth", maxDepth,
                "limit", limit), Integer.MAX_VALUE);
    }

    public Optional<Map<String, Object>> caseWithParties(String caseNo) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher.get(Statement.CASE_BY_CASE_NO), Map.of("caseNo", caseNo));
                if (!result.hasNext()) return Optional.empty();
                var r = result.next();
                Map<String, Object> out = new HashMap<>(r.get("case").asMap(v -> CompanyRepository.plain(v.asObject())));
                out.put("parties", r.get("parties").asList(Value::asMap));
                return Optional.of(out);
            });
        }
    }

    private Subgraph read(Statement statement, Map<String, Object> params, int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher.get(statement), params);
                if (!result.hasNext()) return new Subgraph(List.of(), List.of(), false);
                var r = result.next();
                List<Map<String, Object>> nodes = r.get("nodes").asList(v -> v.asMap(x -> CompanyRepository.plain(x.asObject())));
                List<Map<String, Object>> edges = r.get("edges").asList(v -> plainDeep(v.asMap(x -> x.asObject())));
                boolean truncated = edges.size() > limit;
                return new Subgraph(nodes, truncated ? edges.subList(0, limit) : edges, truncated);
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plainDeep(Map<String, Object> in) {
        Map<String, Object> out = new HashMap<>();
        in.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? plainDeep((Map<String, Object>) m) : CompanyRepository.plain(v)));
        return out;
    }
}
