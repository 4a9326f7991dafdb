package com.guanxi.testsupport;

import com.guanxi.testsupport.GraphDigest.Node;
import com.guanxi.testsupport.GraphDigest.Relationship;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest the fault tests compare graphs with must tell apart what differs and only that. */
class GraphDigestTest {

    private static final String USCC_A = "91350100M000100Y43";
    private static final String USCC_B = "91110000100000000A";

    private static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static List<Node> nodes() {
        return new ArrayList<>(List.of(
                new Node(List.of("Company", "Entity"), props("id", USCC_A, "name", "甲公司", "registeredCapital", 100.0,
                        "batchId", "B1", "sourceFile", "companies.csv", "sourceLine", 2L)),
                new Node(List.of("Company", "Entity"), props("id", USCC_B, "name", "乙公司", "formerNames", List.of("丙公司"),
                        "batchId", "B1", "sourceFile", "companies.csv", "sourceLine", 3L)),
                new Node(List.of("History"), props("entityId", USCC_A,
                        "facts", "{\"name\":\"甲旧名\",\"batchId\":\"B0\",\"sourceLine\":2}",
                        "supersededByBatch", "B1", "supersededAt", "2026-01-01T00:00:00Z"))));
    }

    private static List<Relationship> relationships() {
        return new ArrayList<>(List.of(
                new Relationship("HOLDS", 0, 1, props("ratio", 0.51, "batchId", "B1",
                        "history", List.of("{\"ratio\":0.4,\"batchId\":\"B0\"}"))),
                new Relationship("HAD", 0, 2, props())));
    }

    private static GraphDigest digest(List<Node> nodes, List<Relationship> relationships) {
        return GraphDigest.of(nodes, relationships);
    }

    @Test
    void shouldCountPerLabelAndTypeAndIgnoreTheOrderOfReading() {
        GraphDigest digest = digest(nodes(), relationships());
        assertThat(digest.nodesByLabel()).containsExactlyEntriesOf(new java.util.TreeMap<>(
                Map.of("Company", 2L, "Entity", 2L, "History", 1L)));
        assertThat(digest.relationshipsByType()).containsEntry("HOLDS", 1L).containsEntry("HAD", 1L);
        assertThat(digest.nodes()).isEqualTo(3);
        // Given the same graph read in another order (nodes reversed, so relationships point at other positions)
        List<Node> reversed = nodes();
        Collections.reverse(reversed);
        List<Relationship> remapped = List.of(new Relationship("HAD", 2, 0, props()),
                new Relationship("HOLDS", 2, 1, props("ratio", 0.51, "batchId", "B1",
                        "history", List.of("{\"ratio\":0.4,\"batchId\":\"B0\"}"))));
        assertThat(digest(reversed, remapped).checksum()).isEqualTo(digest.checksum());
    }

    @Test
    void shouldChangeWhenANodeIsDuplicated() {
        GraphDigest digest = digest(nodes(), relationships());
        List<Node> duplicated = nodes();
        duplicated.add(duplicated.get(1));
        GraphDigest other = digest(duplicated, relationships());
        assertThat(other.checksum()).isNotEqualTo(digest.checksum());
        assertThat(other.nodesByLabel()).containsEntry("Company", 3L);
        assertThat(other.differences(digest, 5)).singleElement().asString().startsWith("2 here, 1 there: (Company:Entity");
    }

    @Test
    void shouldChangeWhenARelationshipIsDuplicatedEvenWithEqualCountsElsewhere() {
        // Given a duplicate HOLDS and a missing HAD: the total stays 2, the checksum does not
        List<Relationship> swapped = List.of(relationships().get(0), relationships().get(0));
        assertThat(digest(nodes(), swapped).checksum()).isNotEqualTo(digest(nodes(), relationships()).checksum());
    }

    @Test
    void shouldChangeWhenAPropertyChangesOrGoesMissing() {
        String base = digest(nodes(), relationships()).checksum();
        List<Node> changed = nodes();
        changed.get(0).properties().put("registeredCapital", 100.5);
        assertThat(digest(changed, relationships()).checksum()).isNotEqualTo(base);
        List<Node> missing = nodes();
        missing.get(1).properties().remove("formerNames");
        assertThat(digest(missing, relationships()).checksum()).isNotEqualTo(base);
        List<Node> moved = nodes();
        moved.get(0).properties().put("sourceLine", 5L);
        assertThat(digest(moved, relationships()).checksum()).isNotEqualTo(base);
        List<Node> retyped = nodes();
        retyped.get(0).properties().put("sourceLine", "2");
        assertThat(digest(retyped, relationships()).checksum()).isNotEqualTo(base);
    }

    @Test
    void shouldChangeWhenARelationshipPointsElsewhereOrItsHistoryDiffers() {
        String base = digest(nodes(), relationships()).checksum();
        List<Relationship> reversed = relationships();
        reversed.set(0, new Relationship("HOLDS", 1, 0, reversed.get(0).properties()));
        assertThat(digest(nodes(), reversed).checksum()).isNotEqualTo(base);
        List<Relationship> history = relationships();
        history.get(0).properties().put("history", List.of("{\"ratio\":0.3,\"batchId\":\"B0\"}"));
        assertThat(digest(nodes(), history).checksum()).isNotEqualTo(base);
        List<Node> facts = nodes();
        facts.get(2).properties().put("facts", "{\"name\":\"甲另名\",\"batchId\":\"B0\",\"sourceLine\":2}");
        assertThat(digest(facts, relationships()).checksum()).isNotEqualTo(base);
    }

    @Test
    void shouldIgnoreWhichBatchWroteAFactAndWhen() {
        String base = digest(nodes(), relationships()).checksum();
        List<Node> nodes = nodes();
        nodes.get(0).properties().put("batchId", "B9");
        nodes.get(2).properties().put("facts", "{\"sourceLine\":2,\"batchId\":\"B8\",\"name\":\"甲旧名\"}");
        nodes.get(2).properties().put("supersededByBatch", "B9");
        nodes.get(2).properties().put("supersededAt", "2026-02-02T00:00:00Z");
        List<Relationship> relationships = relationships();
        relationships.get(0).properties().put("batchId", "B9");
        relationships.get(0).properties().put("history", List.of("{\"batchId\":\"B7\",\"ratio\":0.4}"));
        assertThat(digest(nodes, relationships).checksum()).isEqualTo(base);
    }
}
