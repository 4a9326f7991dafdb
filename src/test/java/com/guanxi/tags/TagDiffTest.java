package com.guanxi.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagDiffTest {
    private static final TagCatalogue CATALOGUE = TagCatalogue.load();
    private static final LocalDate JUNE = LocalDate.parse("2024-06-30");
    private static final LocalDate JULY = LocalDate.parse("2024-07-31");

    private static Tag tag(String code, String subject, LocalDate asOf, String run) {
        return CATALOGUE.tag(code, subject, Map.of("run", run), asOf, "analysis-1", run);
    }

    @Test
    void shouldReportAddedRemovedAndSeverityChangedTags() {
        // Given June: A in a circle and a mutual pair, B in a loop, C a group member
        List<Tag> june = List.of(
                tag("GUARANTEE_CIRCLE", "A", JUNE, "r1"),
                tag("MUTUAL_GUARANTEE", "A", JUNE, "r1"),
                tag("GUARANTEE_LOOP", "B", JUNE, "r1"),
                tag("GROUP_MEMBER", "C", JUNE, "r1"));
        // And July: A's circle grew (escalated to high), the mutual pair released, B's loop remains,
        // C left its group, D now over-guarantees
        List<Tag> july = List.of(
                tag("GUARANTEE_CIRCLE", "A", JULY, "r2").withSeverity(Severity.HIGH),
                tag("GUARANTEE_LOOP", "B", JULY, "r2"),
                tag("OVER_GUARANTEE", "D", JULY, "r2"));

        // When
        List<TagChange> changes = TagDiff.diff(june, july);

        // Then
        assertThat(changes).extracting(TagChange::kind, TagChange::subjectId, TagChange::code,
                        TagChange::severityBefore, TagChange::severityAfter)
                .containsExactly(
                        tuple(TagChange.Kind.SEVERITY_CHANGED, "A", "GUARANTEE_CIRCLE", Severity.MEDIUM, Severity.HIGH),
                        tuple(TagChange.Kind.REMOVED, "A", "MUTUAL_GUARANTEE", Severity.MEDIUM, null),
                        tuple(TagChange.Kind.REMOVED, "C", "GROUP_MEMBER", Severity.LOW, null),
                        tuple(TagChange.Kind.ADDED, "D", "OVER_GUARANTEE", null, Severity.HIGH));
        assertThat(changes.get(0).before().runId()).isEqualTo("r1");
        assertThat(changes.get(0).after().runId()).isEqualTo("r2");
    }

    @Test
    void shouldReportNothingWhenOnlyEvidenceDateOrRunChanged() {
        List<Tag> june = List.of(tag("GUARANTEE_LOOP", "B", JUNE, "r1"));
        List<Tag> july = List.of(tag("GUARANTEE_LOOP", "B", JULY, "r2"));

        assertThat(TagDiff.diff(june, july)).isEmpty();
    }

    @Test
    void shouldReportEveryTagAsAddedAgainstAnEmptyPreviousSet() {
        List<Tag> now = List.of(tag("GUARANTEE_LOOP", "B", JUNE, "r1"), tag("CROSS_HOLDING", "A", JUNE, "r1"));

        assertThat(TagDiff.diff(List.of(), now)).extracting(TagChange::kind, TagChange::subjectId)
                .containsExactly(tuple(TagChange.Kind.ADDED, "A"), tuple(TagChange.Kind.ADDED, "B"));
        assertThat(TagDiff.diff(now, List.of())).extracting(TagChange::kind)
                .containsOnly(TagChange.Kind.REMOVED);
    }

    @Test
    void shouldRefuseTwoTagsWithTheSameSubjectAndCode() {
        List<Tag> dup = List.of(tag("MUTUAL_GUARANTEE", "A", JUNE, "r1"), tag("MUTUAL_GUARANTEE", "A", JUNE, "r1"));

        assertThatThrownBy(() -> TagDiff.diff(List.of(), dup))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MUTUAL_GUARANTEE twice for A");
    }

    @Test
    void shouldWriteChangeKindsAsSnakeCaseAndReadThemBack() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        TagChange change = TagDiff.diff(List.of(tag("GUARANTEE_CIRCLE", "A", JUNE, "r1")),
                List.of(tag("GUARANTEE_CIRCLE", "A", JUNE, "r2").withSeverity(Severity.HIGH))).get(0);

        String text = json.writeValueAsString(change);

        assertThat(json.readTree(text).path("kind").asText()).isEqualTo("severity_changed");
        assertThat(json.readTree(text).path("after").path("severity").asText()).isEqualTo("high");
        assertThat(json.readValue(text, TagChange.class)).isEqualTo(change);
    }
}
