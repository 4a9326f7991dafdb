package com.guanxi.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** 关联方: one expansion step of the associated-party relations from a frontier of companies. */
@ApplicationScoped
public class AssociatedPartyRepository {

    private final Driver driver;
    private final CypherCatalogue cypher;

    AssociatedPartyRepository(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public record Link(String fromId, String partyId, String name, String type, String relation, List<String> path) {
    }

    public List<Link> expand(Collection<String> frontier, Collection<String> relations, int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(Statement.ASSOCIATED_PARTIES),
                    Map.of("ids", List.copyOf(frontier), "types", List.copyOf(relations), "limit", limit))
                    .list(r -> new Link(r.get("fromId").asString(), r.get("partyId").asString(),
                            r.get("name").isNull() ? null : r.get("name").asString(), r.get("type").asString(),
                            r.get("relation").asString(), r.get("path").asList(Value::asString))));
        }
    }
}
