package com.guanxi.tags;

import com.fasterxml.jackson.databind.JsonNode;
import com.guanxi.testsupport.Truth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every tag code derived from the sample as truth.json resolves it (every name already linked to its true entity,
 * judgment parties included), compared with the subjects truth.json implies: precision and recall 1.0 per code.
 * No database: this isolates the tag semantics from entity resolution and extraction, which SampleTagsTest adds.
 */
class TruthInputDerivationTest {

    private static List<Tag> tags;

    @BeforeAll
    static void givenTheTagsOfTheTruthResolvedSample() {
        tags = TagDerivation.derive(TruthTags.sources(), TruthTags.caseParties(), TagWorld.PARAMS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MUTUAL_GUARANTEE", "GUARANTEE_LOOP", "GUARANTEE_CIRCLE", "LONG_GUARANTEE_CHAIN",
            "OVER_GUARANTEE", "ABNORMAL_STATUS", "GROUP_MEMBER", "NO_ULTIMATE_CONTROLLER", "CROSS_HOLDING", "SHARED_CONTACT",
            "CONTAGION_EXPOSED", "RELATED_PARTY_LITIGATION"})
    void shouldTagExactlyTheSubjectsTruthImplies(String code) {
        // Given
        Map<String, Set<String>> expected = TruthTags.structural();
        expected.put("CONTAGION_EXPOSED", TruthTags.contagionExposed());
        expected.put("RELATED_PARTY_LITIGATION", TruthTags.relatedPartyLitigation());

        // When
        Set<String> actual = new TreeSet<>(TagWorld.subjects(tags, code));

        // Then
        PrecisionRecall.assertPerfect(code, expected.get(code), actual);
    }

    @Test
    void shouldGiveEveryLoopMemberAShortestCycleThroughItAsEvidence() {
        // Given truth's loops with one shortest cycle per member
        JsonNode edges = Truth.get().get("guarantee").get("edges");
        Set<String> edgeKeys = new TreeSet<>();
        edges.forEach(e -> edgeKeys.add(e.get(0).asText() + ">" + e.get(1).asText()));
        for (JsonNode loop : Truth.get().get("guarantee").get("loops")) {
            loop.get("evidence").fields().forEachRemaining(entry -> {
                // When
                Map<String, Object> evidence = tagOf(entry.getKey(), "GUARANTEE_LOOP").evidence();
                @SuppressWarnings("unchecked")
                List<String> cycle = (List<String>) evidence.get("cycle");

                // Then it starts at the member, is as short as truth's, and every step is an active guarantee
                assertThat(cycle.get(0)).isEqualTo(entry.getKey());
                assertThat(cycle).hasSize(entry.getValue().size());
                for (int i = 0; i < cycle.size(); i++) {
                    assertThat(edgeKeys).contains(cycle.get(i) + ">" + cycle.get((i + 1) % cycle.size()));
                }
                assertThat(evidence.get("members")).isEqualTo(List.copyOf(TruthTags.texts(loop.get("members"))));
            });
        }
    }

    @Test
    void shouldGiveEveryCircleMemberTheCircleSizeAndTotalAmount() {
        for (JsonNode circle : Truth.get().get("guarantee").get("circles")) {
            for (JsonNode member : circle.get("members")) {
                Map<String, Object> evidence = tagOf(member.asText(), "GUARANTEE_CIRCLE").evidence();
                assertThat(evidence.get("size")).isEqualTo(circle.get("size").asLong());
                assertThat((Double) evidence.get("totalAmountYuan")).isEqualTo(circle.get("totalAmount").asDouble());
                assertThat(evidence.get("hasLoop")).isEqualTo(circle.get("hasLoop").asBoolean());
                assertThat((String) evidence.get("circleId")).startsWith("GC-");
            }
        }
    }

    private static Tag tagOf(String subject, String code) {
        return tags.stream().filter(t -> t.subjectId().equals(subject) && t.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " tag on " + subject));
    }
}
