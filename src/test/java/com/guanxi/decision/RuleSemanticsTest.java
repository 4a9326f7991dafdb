package com.guanxi.decision;

import static com.guanxi.decision.Fixtures.APPLICANT;
import static com.guanxi.decision.Fixtures.GUARANTOR_1;
import static com.guanxi.decision.Fixtures.GUARANTOR_2;
import static com.guanxi.decision.Fixtures.bySubject;
import static com.guanxi.decision.Fixtures.request;
import static com.guanxi.decision.Fixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.guanxi.tags.Tag;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How rules combine, which tags reasons cite, and what the expressions see, on small test rulesets. */
class RuleSemanticsTest {

    private static Decision decide(String rulesYaml, int base, String bandsYaml, DecisionInput input) {
        String yaml = """
                id: semantics
                version: "1"
                %s
                scorecard:
                  base: %d
                  bands:
                %s
                """.formatted(rulesYaml, base, bandsYaml);
        return Fixtures.engineOf(Fixtures.ruleset(yaml)).decide(input);
    }

    private static Decision decideWithHardRule(String when, DecisionInput input) {
        return decide("""
                rules:
                  - id: r
                    when: "%s"
                    outcome: review""".formatted(when), 0, "    - {outcome: approve}", input);
    }

    @Test
    void shouldCiteAMinimalSetOfTagsWhenTheRuleNeedsTwoTagsTogether() {
        // Given a rule needing a mutual guarantee and a circle, and an applicant with both plus a group tag
        Tag mutual = tag("MUTUAL_GUARANTEE", APPLICANT);
        Tag circle = tag("GUARANTEE_CIRCLE", APPLICANT);
        Tag group = tag("GROUP_MEMBER", APPLICANT);
        DecisionInput input = DecisionInput.of(request(APPLICANT, 1_000), bySubject(group, mutual, circle));

        Decision d = decideWithHardRule("applicant.tags.exists(t, t.code == 'MUTUAL_GUARANTEE')"
                + " && applicant.tags.exists(t, t.code == 'GUARANTEE_CIRCLE')", input);

        // Then both needed tags are cited, the group tag is not
        assertThat(d.reasons()).extracting(Reason::rule, Reason::tag)
                .containsExactly(tuple("r", "MUTUAL_GUARANTEE"), tuple("r", "GUARANTEE_CIRCLE"));
    }

    @Test
    void shouldCiteJustEnoughGuarantorsForACountingRule() {
        // Given a rule on two or more guarantors with medium tags, and three such guarantors
        String third = "91440300MA5FTEST0X";
        DecisionInput input = DecisionInput.of(request(APPLICANT, 1_000, GUARANTOR_1, GUARANTOR_2, third),
                bySubject(tag("LONG_GUARANTEE_CHAIN", GUARANTOR_1), tag("CROSS_HOLDING", GUARANTOR_2),
                        tag("SHARED_CONTACT", third), tag("GROUP_MEMBER", third)));

        Decision d = decideWithHardRule(
                "guarantors.filter(g, g.tags.exists(t, t.severity == 'medium')).size() >= 2", input);

        // Then exactly two medium tags, of two different guarantors, are cited
        assertThat(d.decision()).isEqualTo(Outcome.REVIEW);
        assertThat(d.reasons()).hasSize(2);
        assertThat(d.reasons()).extracting(Reason::severity).containsOnly(com.guanxi.tags.Severity.MEDIUM);
        assertThat(d.reasons()).extracting(Reason::subjectId).doesNotHaveDuplicates();
    }

    @Test
    void shouldCiteNoTagForARuleOnTheAbsenceOfATag() {
        // Given a rule that fires when the applicant is NOT a group member, and an applicant with other tags
        DecisionInput input = DecisionInput.of(request(APPLICANT, 1_000),
                bySubject(tag("CROSS_HOLDING", APPLICANT)));

        Decision d = decideWithHardRule("!applicant.tags.exists(t, t.code == 'GROUP_MEMBER')", input);

        assertThat(d.reasons()).extracting(Reason::rule, Reason::tag).containsExactly(tuple("r", null));
    }

    @Test
    void shouldReviewWhenARuleCannotBeEvaluated() {
        // Given a rule on a feature the input does not have
        Decision d = decideWithHardRule("applicant.features.leverage > 3.0",
                DecisionInput.of(request(APPLICANT, 1_000), Map.of()));

        // Then the decision is not an approval, and the reason says why
        assertThat(d.decision()).isEqualTo(Outcome.REVIEW);
        assertThat(d.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("r");
            assertThat(r.error()).contains("leverage");
        });
    }

    @Test
    void shouldReadFeaturesWithOptionalAccessAndMixedNumbers() {
        // Given an integer feature compared with a double, read through optional access
        DecisionInput input = new DecisionInput(request(APPLICANT, 1_000), Map.of(),
                Map.of(APPLICANT, Map.of("longestChain", 5)));

        assertThat(decideWithHardRule("applicant.features.?longestChain.orValue(0) > 4.5", input).decision())
                .isEqualTo(Outcome.REVIEW);
        assertThat(decideWithHardRule("applicant.features.?missing.orValue(0) > 4.5", input).decision())
                .isEqualTo(Outcome.APPROVE);
    }

    @Test
    void shouldNotLetAHardReviewLowerAScorecardReject() {
        // Given a hard review rule that holds and a score that lands in the reject band
        DecisionInput input = DecisionInput.of(request(APPLICANT, 1_000), Map.of());
        Decision d = decide("""
                rules:
                  - {id: always-review, when: "true", outcome: review}""", 10,
                "    - {min: 50, outcome: approve}\n    - {outcome: reject}", input);

        assertThat(d.decision()).isEqualTo(Outcome.REJECT);
    }

    @Test
    void shouldLetAHardRejectOverrideAnApprovingScore() {
        DecisionInput input = DecisionInput.of(request(APPLICANT, 1_000), Map.of());
        Decision d = decide("""
                rules:
                  - {id: always-reject, when: "true", outcome: reject}""", 100,
                "    - {min: 50, outcome: approve}\n    - {outcome: reject}", input);

        assertThat(d.score()).isEqualTo(100);
        assertThat(d.decision()).isEqualTo(Outcome.REJECT);
    }

    @Test
    void shouldExposeEveryDeclaredFieldOfTagsSubjectsAndRequest() {
        // Given a tag with evidence and a guarantor, and a rule reading every declared field
        Tag t = tag("GUARANTEE_CIRCLE", GUARANTOR_1, Map.of("size", 9, "members", List.of("A", "B", "C")));
        DecisionInput input = new DecisionInput(
                new DecisionRequest("req-7", APPLICANT, List.of(GUARANTOR_1), java.math.BigDecimal.valueOf(2500),
                        "loan", Fixtures.AS_OF),
                bySubject(t), Map.of(GUARANTOR_1, Map.of("score", 1.5)));
        String when = String.join(" && ",
                "request.id == 'req-7'", "request.applicant == '" + APPLICANT + "'",
                "request.guarantors == ['" + GUARANTOR_1 + "']", "request.amount == 2500.0",
                "request.product == 'loan'", "request.asOf == '2024-06-30'",
                "applicant.id == '" + APPLICANT + "'", "applicant.role == 'applicant'", "size(applicant.tags) == 0",
                "guarantors[0].role == 'guarantor'", "guarantors[0].features.score == 1.5",
                "guarantors[0].tags.exists(x, x.code == 'GUARANTEE_CIRCLE' && x.nameZh == '担保圈'"
                        + " && x.nameEn == 'Guarantee circle' && x.severity == 'medium'"
                        + " && x.subjectId == '" + GUARANTOR_1 + "' && x.evidence.size == 9"
                        + " && 'B' in x.evidence.members && x.asOf == '2024-06-30'"
                        + " && x.version == 'analysis-1' && x.runId == 'run-1')");

        Decision d = decideWithHardRule(when, input);

        assertThat(d.reasons()).extracting(Reason::rule, Reason::tag, Reason::error)
                .containsExactly(tuple("r", "GUARANTEE_CIRCLE", null));
    }

    @Test
    void shouldRefuseATagFiledUnderAnotherSubject() {
        Map<String, List<Tag>> misfiled = Map.of(APPLICANT, List.of(tag("GUARANTEE_LOOP", GUARANTOR_1)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DecisionInput.of(request(APPLICANT, 1_000), misfiled))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GUARANTEE_LOOP of " + GUARANTOR_1 + " is filed under subject " + APPLICANT);
    }
}
