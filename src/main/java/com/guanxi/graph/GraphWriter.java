package com.guanxi.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;

import java.util.List;
import java.util.Map;

/**
 * Batched, parameterised writes of imported facts: one UNWIND statement per call, one transaction per batch.
 * Every statement is a MERGE on the entity's key, so writing the same batch twice changes nothing.
 */
@ApplicationScoped
public class GraphWriter {

    public enum NodeKind {
        REGISTRY_COMPANY(Statement.COMPANY_UPSERT),
        EXTERNAL_COMPANY(Statement.COMPANY_ENSURE_EXTERNAL),
        PERSON(Statement.PERSON_UPSERT),
        CASE(Statement.CASE_UPSERT);

        private final Statement statement;

        NodeKind(Statement statement) {
            this.statement = statement;
        }
    }

    public enum EdgeKind {
        HOLDS(Statement.HOLDS_UPSERT),
        SERVES(Statement.SERVES_UPSERT),
        GUARANTEES(Statement.GUARANTEES_UPSERT),
        PARTY_TO(Statement.PARTY_UPSERT);

        private final Statement statement;

        EdgeKind(Statement statement) {
            this.statement = statement;
        }
    }

    private final Driver driver;
    private final CypherCatalogue cypher;

    GraphWriter(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public void writeNodes(NodeKind kind, List<NodeWrite> nodes, String batchId) {
        if (nodes.isEmpty()) return;
        var rows = nodes.stream().map(NodeWrite::asParameter).toList();
        write(cypher.get(kind.statement), Map.of("rows", rows, "batchId", batchId));
    }

    public void writeEdges(EdgeKind kind, List<EdgeWrite> edges, String batchId) {
        if (edges.isEmpty()) return;
        var rows = edges.stream().map(EdgeWrite::asParameter).toList();
        write(cypher.get(kind.statement), Map.of("rows", rows, "batchId", batchId));
    }

    private void write(String statement, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(statement, parameters).consume());
        }
    }
}
