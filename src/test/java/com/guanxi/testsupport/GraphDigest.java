package com.guanxi.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a graph holds, independent of the order it was written in and of the internal ids the database gave it:
 * node counts per label, relationship counts per type, and a checksum over every node's labels and properties and
 * every relationship's type, ends and properties. Two imports of the same data into fresh databases give the same
 * digest; a missing, extra (duplicate) or different node or relationship changes it.
 * <p>
 * The checksum is a hash of the <em>sorted</em> list of element hashes — a multiset hash, so a duplicate counts (an
 * XOR or a set would let two copies cancel or merge). A relationship's ends are named by the hashes of their nodes'
 * contents, so it does not depend on database ids either.
 * <p>
 * Left out are the properties that say <em>which batch wrote</em> a fact or <em>when</em>, never what the fact is
 * ({@link #PROVENANCE}): two batches have different ids and clocks by design. They are left out inside the JSON
 * snapshots the graph keeps of superseded facts as well ({@code History.facts}, a relationship's {@code history}).
 * The file and line a fact came from stay in: re-importing the same folder must keep them.
 */
public final class GraphDigest {

    /**
     * {@code batchId}: the batch that last wrote the element; {@code supersededByBatch}, {@code supersededAt}: the
     * batch and time that replaced a fact kept as history; {@code appliedAt}: when the schema was migrated.
     */
    public static final Set<String> PROVENANCE = Set.of("batchId", "supersededByBatch", "supersededAt", "appliedAt");
    /** Properties holding JSON snapshots of earlier facts (which carry provenance of their own). */
    private static final Set<String> SNAPSHOTS = Set.of("facts", "history");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A node as read: its labels and properties. */
    public record Node(Collection<String> labels, Map<String, Object> properties) {
    }

    /** A relationship as read: its type, its ends as positions in the node list, and its properties. */
    public record Relationship(String type, int start, int end, Map<String, Object> properties) {
    }

    private final SortedMap<String, Long> nodesByLabel;
    private final SortedMap<String, Long> relationshipsByType;
    private final String checksum;
    private final Map<String, Integer> elements;
    private final long nodeCount;

    private GraphDigest(SortedMap<String, Long> nodesByLabel, SortedMap<String, Long> relationshipsByType,
                        String checksum, Map<String, Integer> elements, long nodeCount) {
        this.nodeCount = nodeCount;
        this.nodesByLabel = nodesByLabel;
        this.relationshipsByType = relationshipsByType;
        this.checksum = checksum;
        this.elements = elements;
    }

    /** Reads the whole database behind {@code driver}. */
    public static GraphDigest read(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                List<Node> nodes = new ArrayList<>();
                Map<String, Integer> position = new HashMap<>();
                tx.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props")
                        .forEachRemaining(r -> {
                            position.put(r.get("id").asString(), nodes.size());
                            nodes.add(new Node(r.get("labels").asList(Value::asString), r.get("props").asMap()));
                        });
                List<Relationship> relationships = new ArrayList<>();
                tx.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, "
                                + "properties(r) AS props")
                        .forEachRemaining(r -> relationships.add(new Relationship(r.get("type").asString(),
                                position.get(r.get("a").asString()), position.get(r.get("b").asString()),
                                r.get("props").asMap())));
                return of(nodes, relationships);
            });
        }
    }

    public static GraphDigest of(List<Node> nodes, List<Relationship> relationships) {
        SortedMap<String, Long> labels = new TreeMap<>();
        SortedMap<String, Long> types = new TreeMap<>();
        Map<String, Integer> elements = new HashMap<>();
        List<String> nodeHashes = new ArrayList<>(nodes.size());
        List<String> hashes = new ArrayList<>(nodes.size() + relationships.size());
        for (Node n : nodes) {
            List<String> sorted = new ArrayList<>(n.labels());
            sorted.sort(null);
            sorted.forEach(l -> labels.merge(l, 1L, Long::sum));
            String text = "(" + String.join(":", sorted) + " " + canonical(n.properties()) + ")";
            String hash = sha256(text);
            nodeHashes.add(hash);
            hashes.add(hash);
            elements.merge(text, 1, Integer::sum);
        }
        for (Relationship r : relationships) {
            types.merge(r.type(), 1L, Long::sum);
            String text = "(" + nodeHashes.get(r.start()).substring(0, 16) + ")-[:" + r.type() + " "
                    + canonical(r.properties()) + "]->(" + nodeHashes.get(r.end()).substring(0, 16) + ")";
            hashes.add(sha256(text));
            elements.merge(text, 1, Integer::sum);
        }
        hashes.sort(null);
        return new GraphDigest(labels, types, sha256(String.join("\n", hashes)), elements, nodes.size());
    }

    public SortedMap<String, Long> nodesByLabel() {
        return nodesByLabel;
    }

    public SortedMap<String, Long> relationshipsByType() {
        return relationshipsByType;
    }

    /** Nodes counted once each, whatever their number of labels. */
    public long nodes() {
        return nodeCount;
    }

    public long relationships() {
        return relationshipsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public String checksum() {
        return checksum;
    }

    /** Up to {@code max} elements held a different number of times here and in {@code other}, to say what differs. */
    public List<String> differences(GraphDigest other, int max) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> all = new TreeMap<>(elements);
        other.elements.keySet().forEach(k -> all.putIfAbsent(k, 0));
        for (String element : all.keySet()) {
            int here = elements.getOrDefault(element, 0);
            int there = other.elements.getOrDefault(element, 0);
            if (here != there) {
                out.add(here + " here, " + there + " there: "
                        + (element.length() > 400 ? element.substring(0, 400) + "…" : element));
                if (out.size() == max) break;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "nodes " + nodesByLabel + ", relationships " + relationshipsByType + ", checksum " + checksum;
    }

    /** A typed, unambiguous text of a value: maps sorted by key, provenance left out, JSON snapshots parsed. */
    private static String canonical(Object value) {
        if (value == null) return "null";
        if (value instanceof String s) return JSON.valueToTree(s).toString();
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return "i" + value;
        }
        if (value instanceof Double || value instanceof Float) return "d" + value;
        if (value instanceof Boolean) return "b" + value;
        if (value instanceof Collection<?> c) {
            List<String> items = new ArrayList<>(c.size());
            c.forEach(x -> items.add(canonical(x)));
            return "[" + String.join(",", items) + "]";
        }
        if (value instanceof Map<?, ?> m) {
            StringBuilder out = new StringBuilder("{");
            new TreeMap<>(m).forEach((k, v) -> {
                String key = String.valueOf(k);
                if (PROVENANCE.contains(key)) return;
                if (out.length() > 1) out.append(',');
                out.append(key).append('=').append(SNAPSHOTS.contains(key) ? snapshot(v) : canonical(v));
            });
            return out.append('}').toString();
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    /** A JSON snapshot (or a list of them) compared by content, without the provenance it recorded. */
    private static String snapshot(Object value) {
        if (value instanceof String s && s.startsWith("{")) {
            try {
                return "json" + canonical(JSON.readValue(s, Map.class));
            } catch (JsonProcessingException e) {
                return canonical(s);
            }
        }
        if (value instanceof Collection<?> c) {
            List<String> items = new ArrayList<>(c.size());
            c.forEach(x -> items.add(snapshot(x)));
            return "[" + String.join(",", items) + "]";
        }
        return canonical(value);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
