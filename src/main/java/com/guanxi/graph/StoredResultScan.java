package com.guanxi.graph;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The analytics results the graph holds, read from the embedded database through its core API for the first
 * write-back after a start (later ones start from the run in memory): the same rows as
 * {@code cypher/analytics/stored-company-results} and {@code stored-shared-contacts}, which an external server still
 * runs, with each company's property chain walked once rather than once per result (see {@link ProjectionScan}).
 */
final class StoredResultScan {

    private static final Label COMPANY = Label.label("Company");
    private static final String[] RESULT_KEYS = {"id", "analyticsRunId", "ultimateControllerId", "controlBasis",
            "controlPath", "groupRootId", "groupSize", "longestChain", "circleId"};
    private static final List<String> CONTACT_TYPES = List.of("SAME_ADDRESS", "SAME_PHONE", "SAME_EMAIL");

    private StoredResultScan() {
    }

    /** [id, ultimateControllerId, controlBasis, controlPath, groupRootId, groupSize, longestChain, circleId] per company with results. */
    static void companyResults(GraphDatabaseService database, Duration timeout, Consumer<List<Object>> sink) {
        try (Transaction tx = begin(database, timeout); ResourceIterator<Node> companies = tx.findNodes(COMPANY)) {
            while (companies.hasNext()) {
                Map<String, Object> p = companies.next().getProperties(RESULT_KEYS);
                if (p.get("analyticsRunId") == null) continue;
                List<Object> row = new ArrayList<>(8);
                row.add(p.get("id"));
                for (int i = 2; i < RESULT_KEYS.length; i++) row.add(BulkRows.plain(p.get(RESULT_KEYS[i])));
                sink.accept(row);
            }
        }
    }

    /** [type (address|phone|email), a, b, value] per SAME_* relationship between two companies. */
    static void sharedContacts(GraphDatabaseService database, Duration timeout, Consumer<List<Object>> sink) {
        try (Transaction tx = begin(database, timeout)) {
            // A company sharing one contact usually shares it with several: its id is read once.
            Map<Long, String> ids = new HashMap<>();
            for (String type : CONTACT_TYPES) {
                String name = type.substring("SAME_".length()).toLowerCase(Locale.ROOT);
                try (ResourceIterator<Relationship> rels = tx.findRelationships(RelationshipType.withName(type))) {
                    while (rels.hasNext()) {
                        Relationship r = rels.next();
                        Node a = r.getStartNode();
                        Node b = r.getEndNode();
                        if (!a.hasLabel(COMPANY) || !b.hasLabel(COMPANY)) continue;
                        List<Object> row = new ArrayList<>(4);
                        row.add(name);
                        row.add(id(a, ids));
                        row.add(id(b, ids));
                        row.add(r.getProperty("value", null));
                        sink.accept(row);
                    }
                }
            }
        }
    }

    @SuppressWarnings("deprecation") // the internal id keys this one read only
    private static String id(Node node, Map<Long, String> ids) {
        return ids.computeIfAbsent(node.getId(), k -> (String) node.getProperty("id", null));
    }

    private static Transaction begin(GraphDatabaseService database, Duration timeout) {
        return database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
