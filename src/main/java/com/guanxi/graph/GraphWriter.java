package com.guanxi.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Batched, parameterised writes of imported facts: one UNWIND statement per call. Every statement is a MERGE on the
 * entity's key, so writing the same batch twice changes nothing. For facts that keep history (companies, holdings,
 * guarantees) the stored fingerprints are read first: unchanged rows are not written at all, changed ones have
 * their previous values kept before the new ones are set — all in one transaction per batch. (Doing the comparison
 * inside one Cypher statement makes the planner materialise every row, several times slower.)
 */
@ApplicationScoped
public class GraphWriter {

    public enum NodeKind {
        REGISTRY_COMPANY(Statement.COMPANY_UPSERT, Statement.COMPANY_FINGERPRINTS, Statement.COMPANY_KEEP_HISTORY),
        EXTERNAL_COMPANY(Statement.COMPANY_ENSURE_EXTERNAL, null, null),
        PERSON(Statement.PERSON_UPSERT, null, null),
        CASE(Statement.CASE_UPSERT, null, null);

        private final Statement upsert;
        private final Statement fingerprints;
        private final Statement keepHistory;

        NodeKind(Statement upsert, Statement fingerprints, Statement keepHistory) {
            this.upsert = upsert;
            this.fingerprints = fingerprints;
            this.keepHistory = keepHistory;
        }
    }

    public enum EdgeKind {
        HOLDS(Statement.HOLDS_UPSERT, Statement.HOLDS_FINGERPRINTS, Statement.HOLDS_KEEP_HISTORY),
        SERVES(Statement.SERVES_UPSERT, null, null),
        GUARANTEES(Statement.GUARANTEES_UPSERT, Statement.GUARANTEES_FINGERPRINTS, Statement.GUARANTEES_KEEP_HISTORY),
        PARTY_TO(Statement.PARTY_UPSERT, null, null);

        private final Statement upsert;
        private final Statement fingerprints;
        private final Statement keepHistory;

        EdgeKind(Statement upsert, Statement fingerprints, Statement keepHistory) {
            this.upsert = upsert;
            this.fingerprints = fingerprints;
            this.keepHistory = keepHistory;
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
        List<Map<String, Object>> rows = nodes.stream().map(NodeWrite::asParameter).toList();
        write(rows, kind.upsert, kind.fingerprints, kind.keepHistory, batchId, r -> String.valueOf(r.get("id")));
    }

    public void writeEdges(EdgeKind kind, List<EdgeWrite> edges, String batchId) {
        if (edges.isEmpty()) return;
        List<Map<String, Object>> rows = edges.stream().map(EdgeWrite::asParameter).toList();
        write(rows, kind.upsert, kind.fingerprints, kind.keepHistory, batchId,
                r -> r.get("from") + "\u0001" + r.get("to") + "\u0001" + r.get("key"));
    }

    private void write(List<Map<String, Object>> rows, Statement upsert, Statement fingerprints, Statement keepHistory,
                       String batchId, java.util.function.Function<Map<String, Object>, String> identity) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                List<Map<String, Object>> toWrite = rows;
                if (fingerprints != null) {
                    Map<String, String> stored = new HashMap<>();
                    tx.run(cypher.get(fingerprints), Map.of("rows", rows)).forEachRemaining(r -> {
                        Map<String, Object> key = new HashMap<>();
                        key.put("id", r.containsKey("id") ? r.get("id").asObject() : null);
                        key.put("from", r.containsKey("from") ? r.get("from").asObject() : null);
                        key.put("to", r.containsKey("to") ? r.get("to").asObject() : null);
                        key.put("key", r.containsKey("key") ? r.get("key").asObject() : null);
                        stored.put(identity.apply(key), r.get("fingerprint").isNull() ? "" : r.get("fingerprint").asString());
                    });
                    toWrite = new ArrayList<>(rows.size());
                    List<Map<String, Object>> changed = new ArrayList<>();
                    for (var row : rows) {
                        String before = stored.get(identity.apply(row));
                        if (before == null || before.isEmpty()) {
                            toWrite.add(row);
                        } else if (!before.equals(row.get("fingerprint"))) {
                            toWrite.add(row);
                            changed.add(row);
                        }
                    }
                    if (!changed.isEmpty()) {
                        tx.run(cypher.get(keepHistory), Map.of("rows", changed, "batchId", batchId)).consume();
                    }
                }
                if (!toWrite.isEmpty()) {
                    tx.run(cypher.get(upsert), Map.of("rows", toWrite, "batchId", batchId)).consume();
                }
            });
        }
    }

    /**
     * Merges each {@code from} entity into its {@code into} entity (ids), one transaction per call; pairs whose
     * nodes are missing are skipped. Returns how many were merged.
     */
    public long mergeEntities(List<Map<String, Object>> fromInto) {
        if (fromInto.isEmpty()) return 0;
        try (var session = driver.session()) {
            return session.executeWrite(tx -> tx.run(cypher.get(Statement.ENTITY_MERGE), Map.of("rows", fromInto))
                    .single().get("merged").asLong());
        }
    }
}
