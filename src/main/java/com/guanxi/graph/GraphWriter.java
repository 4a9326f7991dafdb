package com.guanxi.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * Batched, parameterised writes of imported facts, one transaction per call. Each call first reads which of its rows
 * the graph already holds (for relationships: both ends and the relationship, by index); absent ones are created
 * outright, present ones updated — so writing the same batch twice changes nothing. For facts that keep history
 * (companies, holdings, guarantees) the read brings the stored fingerprint: unchanged rows are not written at all,
 * changed ones have their previous values kept before the new ones are set. (Doing the comparison inside one Cypher
 * statement makes the planner materialise every row, several times slower.)
 *
 * <p>Creating instead of merging is what makes a bulk load fast, and it is safe because two calls that touch the
 * same node or relationship never overlap: a call waits for earlier calls that hold any of its keys before it reads
 * (see {@link Claims}). A node another process created meanwhile fails the uniqueness constraint, and the call is
 * then done again the merging way.
 */
@ApplicationScoped
public class GraphWriter {

    public enum NodeKind {
        REGISTRY_COMPANY(Statement.COMPANY_UPSERT, Statement.COMPANY_CREATE, Statement.ENTITY_EXISTING, "N"),
        EXTERNAL_COMPANY(Statement.COMPANY_ENSURE_EXTERNAL, Statement.COMPANY_CREATE_EXTERNAL, Statement.ENTITY_EXISTING, "N"),
        PERSON(Statement.PERSON_UPSERT, Statement.PERSON_CREATE, Statement.ENTITY_EXISTING, "N"),
        CASE(Statement.CASE_UPSERT, Statement.CASE_CREATE, Statement.CASE_EXISTING, "K");

        private final Statement upsert;
        private final Statement create;
        private final Statement existing;
        /** Companies and persons share one id space (:Entity); cases have their own. */
        private final String keySpace;

        NodeKind(Statement upsert, Statement create, Statement existing, String keySpace) {
            this.upsert = upsert;
            this.create = create;
            this.existing = existing;
            this.keySpace = keySpace;
        }
    }

    public enum EdgeKind {
        HOLDS(Statement.HOLDS_UPSERT, Statement.HOLDS_CREATE, Statement.HOLDS_FINGERPRINTS, true),
        SERVES(Statement.SERVES_UPSERT, Statement.SERVES_CREATE, Statement.SERVES_EXISTING, false),
        GUARANTEES(Statement.GUARANTEES_UPSERT, Statement.GUARANTEES_CREATE, Statement.GUARANTEES_FINGERPRINTS, true),
        PARTY_TO(Statement.PARTY_UPSERT, Statement.PARTY_CREATE, Statement.PARTY_EXISTING, false);

        private final Statement upsert;
        private final Statement create;
        private final Statement existing;
        private final boolean keepsHistory;

        EdgeKind(Statement upsert, Statement create, Statement existing, boolean keepsHistory) {
            this.upsert = upsert;
            this.create = create;
            this.existing = existing;
            this.keepsHistory = keepsHistory;
        }
    }

    private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private final Driver driver;
    private final CypherCatalogue cypher;
    private final Claims claims = new Claims();

    GraphWriter(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public void writeNodes(NodeKind kind, List<NodeWrite> nodes, String batchId) {
        if (nodes.isEmpty()) return;
        List<String> keys = nodes.stream().map(n -> kind.keySpace + '\u0001' + n.id()).toList();
        claims.around(keys, () -> {
            try {
                write(tx -> writeNodes(tx, kind, nodes, batchId, false));
            } catch (ClientException e) {
                if (!CONSTRAINT_FAILED.equals(e.code())) throw e;
                write(tx -> writeNodes(tx, kind, nodes, batchId, true));
            }
        });
    }

    public void writeEdges(EdgeKind kind, List<EdgeWrite> edges, String batchId) {
        if (edges.isEmpty()) return;
        List<String> keys = edges.stream().map(e -> kind.name() + '\u0001' + e.from() + '\u0001' + e.to() + '\u0001' + e.key()).toList();
        claims.around(keys, () -> write(tx -> writeEdges(tx, kind, edges, batchId)));
    }

    private void write(java.util.function.Consumer<TransactionContext> work) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(work);
        }
    }

    private void writeNodes(TransactionContext tx, NodeKind kind, List<NodeWrite> nodes, String batchId, boolean mergeAll) {
        Map<String, Stored> stored = new HashMap<>();
        List<String> ids = nodes.stream().map(NodeWrite::id).toList();
        tx.run(cypher.get(kind.existing), Map.of("ids", ids)).forEachRemaining(r -> stored.put(r.get("id").asString(),
                kind.existing == Statement.ENTITY_EXISTING
                        ? new Stored(null, r.get("registry").isTrue(), string(r.get("fingerprint").asObject()))
                        : new Stored(null, false, null)));
        List<Map<String, Object>> create = new ArrayList<>();
        List<Map<String, Object>> update = new ArrayList<>();
        List<Map<String, Object>> changed = new ArrayList<>();
        for (NodeWrite node : nodes) {
            Stored before = stored.get(node.id());
            if (before == null && !mergeAll) {
                create.add(node.asCreateParameter());
            } else if (kind == NodeKind.REGISTRY_COMPANY && before != null && before.registry() && before.fingerprint() != null) {
                if (before.fingerprint().equals(node.fingerprint())) continue;
                changed.add(Map.of("id", node.id()));
                update.add(node.asParameter());
            } else {
                update.add(node.asParameter());
            }
        }
        if (!changed.isEmpty()) {
            tx.run(cypher.get(Statement.COMPANY_KEEP_HISTORY), Map.of("rows", changed, "batchId", batchId)).consume();
        }
        if (!update.isEmpty()) tx.run(cypher.get(kind.upsert), Map.of("rows", update, "batchId", batchId)).consume();
        if (!create.isEmpty()) tx.run(cypher.get(kind.create), Map.of("rows", create)).consume();
    }

    private void writeEdges(TransactionContext tx, EdgeKind kind, List<EdgeWrite> edges, String batchId) {
        List<Map<String, Object>> keys = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            EdgeWrite e = edges.get(i);
            Map<String, Object> key = new HashMap<>(8);
            key.put("i", i);
            key.put("from", e.from());
            key.put("to", e.to());
            key.put("key", e.key());
            keys.add(key);
        }
        // Row → its two ends and the relationships it names (several only where earlier writes left duplicates).
        Map<Integer, Ends> found = new LinkedHashMap<>();
        tx.run(cypher.get(kind.existing), Map.of("rows", keys)).forEachRemaining(r -> {
            Ends ends = found.computeIfAbsent(r.get("i").asInt(), i -> new Ends(r.get("from").asString(), r.get("to").asString(), new ArrayList<>()));
            if (!r.get("rel").isNull()) ends.rels().add(new Stored(r.get("rel").asString(), false, string(r.get("fingerprint").asObject())));
        });
        List<Map<String, Object>> create = new ArrayList<>();
        List<Map<String, Object>> update = new ArrayList<>();
        List<Map<String, Object>> changed = new ArrayList<>();
        found.forEach((i, ends) -> {
            EdgeWrite edge = edges.get(i);
            if (ends.rels().isEmpty()) {
                create.add(edge.asCreateParameter(ends.from(), ends.to()));
                return;
            }
            for (Stored rel : ends.rels()) {
                if (kind.keepsHistory && rel.fingerprint() != null) {
                    if (rel.fingerprint().equals(edge.fingerprint())) continue;
                    changed.add(Map.of("rel", rel.elementId()));
                }
                update.add(edge.asUpdateParameter(rel.elementId()));
            }
        });
        if (!changed.isEmpty()) tx.run(cypher.get(Statement.RELATIONSHIP_KEEP_HISTORY), Map.of("rows", changed)).consume();
        if (!update.isEmpty()) tx.run(cypher.get(Statement.RELATIONSHIP_UPDATE), Map.of("rows", update)).consume();
        if (!create.isEmpty()) {
            // One lock order for every batch: fewer deadlocks between concurrent writers.
            create.sort(Comparator.comparing((Map<String, Object> m) -> (String) m.get("from"))
                    .thenComparing(m -> (String) m.get("to")));
            tx.run(cypher.get(kind.create), Map.of("rows", create)).consume();
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

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private record Stored(String elementId, boolean registry, String fingerprint) {
    }

    private record Ends(String from, String to, List<Stored> rels) {
    }

    /**
     * Keys (node ids, relationship identities) held by the writes in progress. A write claims its keys all at once
     * and waits for the earlier writes that held any of them; claims are ordered, so nobody waits in a circle, and a
     * write's read always sees what earlier writes of the same keys committed. Only writes in progress are held, so
     * this stays as small as the batches in flight.
     */
    static final class Claims {
        private final Map<String, CountDownLatch> owners = new HashMap<>();

        void around(Collection<String> keys, Runnable work) {
            CountDownLatch mine = new CountDownLatch(1);
            List<CountDownLatch> earlier = new ArrayList<>();
            synchronized (this) {
                for (String key : keys) {
                    CountDownLatch previous = owners.put(key, mine);
                    if (previous != null && !earlier.contains(previous)) earlier.add(previous);
                }
            }
            try {
                for (CountDownLatch latch : earlier) latch.await();
                work.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for an earlier write of the same entities", e);
            } finally {
                synchronized (this) {
                    for (String key : keys) owners.remove(key, mine);
                }
                mine.countDown();
            }
        }

        synchronized int held() {
            return owners.size();
        }
    }
}
