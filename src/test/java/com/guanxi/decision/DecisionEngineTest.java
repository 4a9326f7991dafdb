package com.guanxi.decision;

import static com.guanxi.decision.Fixtures.APPLICANT;
import static com.guanxi.decision.Fixtures.GUARANTOR_1;
import static com.guanxi.decision.Fixtures.GUARANTOR_2;
import static com.guanxi.decision.Fixtures.bySubject;
import static com.guanxi.decision.Fixtures.request;
import static com.guanxi.decision.Fixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.guanxi.tags.Severity;
import com.guanxi.tags.Tag;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default ruleset credit-default v1 (rulesets/credit-default-v1.yaml) applied through the engine. */
class DecisionEngineTest {
    private final DecisionEngine engine = Fixtures.defaultEngine();

    @Test
    void shouldApproveCleanApplicantWithoutReasons() {
        // Given an applicant and a guarantor without any tag, for an ordinary amount
        DecisionRequest request = request(APPLICANT, 1_000_000, GUARANTOR_1);

        // When
        Decision decision = engine.decide(request, Map.of(), Map.of());

        // Then the scorecard base (100) stands, above the approve band (80)
        assertThat(decision.decision()).isEqualTo(Outcome.APPROVE);
        assertThat(decision.reasons()).isEmpty();
        assertThat(decision.score()).isEqualTo(100);
        assertThat(decision.rulesetId()).isEqualTo("credit-default");
        assertThat(decision.rulesetVersion()).isEqualTo("1");
    }

    @Test
    void shouldApproveApplicantWhoseOnlyTagIsLowSeverityGroupMembership() {
        // Given a group member: informational, no rule of the default ruleset looks at it
        Decision decision = engine.decide(request(APPLICANT, 1_000_000),
                bySubject(tag("GROUP_MEMBER", APPLICANT)), Map.of());

        assertThat(decision.decision()).isEqualTo(Outcome.APPROVE);
        assertThat(decision.reasons()).isEmpty();
    }

    @Test
    void shouldRejectApplicantInGuaranteeLoopCitingRuleTagAndCycle() {
        // Given the applicant is a member of a guarantee loop of the public sample, with its shortest cycle
        Fixtures.TruthLoop loop = Fixtures.firstTruthLoop();
        Tag loopTag = tag("GUARANTEE_LOOP", loop.subject(),
                Map.of("members", loop.members(), "cycle", loop.cycle(), "size", loop.members().size()));

        // When
        Decision decision = engine.decide(request(loop.subject(), 1_000_000), bySubject(loopTag), Map.of());

        // Then it is rejected, and the reason names the rule, the tag and the cycle that proves it
        assertThat(decision.decision()).isEqualTo(Outcome.REJECT);
        assertThat(decision.reasons()).hasSize(1);
        Reason reason = decision.reasons().get(0);
        assertThat(reason.rule()).isEqualTo("applicant-guarantee-loop");
        assertThat(reason.outcome()).isEqualTo(Outcome.REJECT);
        assertThat(reason.tag()).isEqualTo("GUARANTEE_LOOP");
        assertThat(reason.subjectId()).isEqualTo(loop.subject());
        assertThat(reason.evidence()).containsEntry("cycle", loop.cycle());
        assertThat(loop.cycle()).hasSizeGreaterThanOrEqualTo(3).first().isEqualTo(loop.subject());
    }

    @Test
    void shouldReviewWhenAGuarantorCarriesAHighSeverityTag() {
        // Given a clean applicant, one clean guarantor and one over-guaranteeing guarantor (high by default)
        Tag overGuarantee = tag("OVER_GUARANTEE", GUARANTOR_2,
                Map.of("totalGuaranteed", 3.0e8, "registeredCapital", 1.0e8, "ratio", 3.0));

        // When
        Decision decision = engine.decide(request(APPLICANT, 1_000_000, GUARANTOR_1, GUARANTOR_2),
                bySubject(overGuarantee), Map.of());

        // Then
        assertThat(decision.decision()).isEqualTo(Outcome.REVIEW);
        assertThat(decision.reasons())
                .extracting(Reason::rule, Reason::tag, Reason::subjectId, Reason::severity, Reason::evidence)
                .containsExactly(tuple("guarantor-high-severity", "OVER_GUARANTEE", GUARANTOR_2, Severity.HIGH,
                        overGuarantee.evidence()));
        assertThat(decision.score()).isEqualTo(100);
    }

    @Test
    void shouldCiteEveryTagThatOnItsOwnMakesTheRuleFire() {
        // Given both guarantors carry high tags, and one of them also a medium tag
        Tag contagion = tag("CONTAGION_EXPOSED", GUARANTOR_1);
        Tag abnormal = tag("ABNORMAL_STATUS", GUARANTOR_2);
        Tag chain = tag("LONG_GUARANTEE_CHAIN", GUARANTOR_2);

        Decision decision = engine.decide(request(APPLICANT, 1_000_000, GUARANTOR_1, GUARANTOR_2),
                bySubject(contagion, abnormal, chain), Map.of());

        // Then the high-severity rule cites both high tags, the medium-severity condition the medium one
        assertThat(decision.reasons()).extracting(Reason::rule, Reason::tag, Reason::subjectId).containsExactly(
                tuple("guarantor-high-severity", "CONTAGION_EXPOSED", GUARANTOR_1),
                tuple("guarantor-high-severity", "ABNORMAL_STATUS", GUARANTOR_2),
                tuple("guarantor-medium-severity", "LONG_GUARANTEE_CHAIN", GUARANTOR_2));
        assertThat(decision.score()).isEqualTo(90);
        assertThat(decision.decision()).isEqualTo(Outcome.REVIEW);
    }

    @Test
    void shouldReviewApplicantInMutualGuaranteeThroughTheScorecard() {
        // Given only a mutual-guarantee pair: 100 - 25 = 75, below the approve band (80)
        Tag mutual = tag("MUTUAL_GUARANTEE", APPLICANT, Map.of("counterparties", List.of(GUARANTOR_1)));

        Decision decision = engine.decide(request(APPLICANT, 1_000_000), bySubject(mutual), Map.of());

        assertThat(decision.score()).isEqualTo(75);
        assertThat(decision.decision()).isEqualTo(Outcome.REVIEW);
        assertThat(decision.reasons()).extracting(Reason::rule, Reason::points, Reason::tag)
                .containsExactly(tuple("applicant-mutual-guarantee", -25, "MUTUAL_GUARANTEE"));
    }

    @Test
    void shouldRejectWhenScorePenaltiesAccumulateBelowTheReviewBand() {
        // Given three guarantee-network tags: 100 - 25 - 25 - 25 = 25, below the review band (40)
        Decision decision = engine.decide(request(APPLICANT, 1_000_000),
                bySubject(tag("MUTUAL_GUARANTEE", APPLICANT), tag("GUARANTEE_CIRCLE", APPLICANT),
                        tag("RELATED_PARTY_LITIGATION", APPLICANT)), Map.of());

        assertThat(decision.score()).isEqualTo(25);
        assertThat(decision.decision()).isEqualTo(Outcome.REJECT);
    }

    @Test
    void shouldCiteNoTagForARuleOnTheAmountOnly() {
        // Given a large amount (> 5,000,000) and a tag that no rule reads
        Decision decision = engine.decide(request(APPLICANT, 8_000_000),
                bySubject(tag("GROUP_MEMBER", APPLICANT)), Map.of());

        assertThat(decision.reasons()).extracting(Reason::rule, Reason::points, Reason::tag)
                .containsExactly(tuple("large-amount", -10, null));
        assertThat(decision.decision()).isEqualTo(Outcome.APPROVE);
    }

    @Test
    void shouldReviewSelfGuarantee() {
        Decision decision = engine.decide(request(APPLICANT, 1_000_000, APPLICANT), Map.of(), Map.of());

        assertThat(decision.decision()).isEqualTo(Outcome.REVIEW);
        assertThat(decision.reasons()).extracting(Reason::rule).containsExactly("self-guarantee");
    }

    @Test
    void shouldSeeTagSeverityAsEscalatedByTheTagJobRatherThanTheCatalogueDefault() {
        // Given a guarantee circle (medium by default) escalated to high on the guarantor
        Tag bigCircle = tag("GUARANTEE_CIRCLE", Severity.HIGH, GUARANTOR_1);

        Decision decision = engine.decide(request(APPLICANT, 1_000_000, GUARANTOR_1), bySubject(bigCircle), Map.of());

        assertThat(decision.reasons()).extracting(Reason::rule).containsExactly("guarantor-high-severity");
        assertThat(decision.decision()).isEqualTo(Outcome.REVIEW);
    }

    @Test
    void shouldIgnoreTagsOfSubjectsOutsideTheRequest() {
        // Given the tag map holds a loop of a company that is neither applicant nor guarantor
        Decision decision = engine.decide(request(APPLICANT, 1_000_000, GUARANTOR_1),
                bySubject(tag("GUARANTEE_LOOP", GUARANTOR_2)), Map.of());

        assertThat(decision.decision()).isEqualTo(Outcome.APPROVE);
        assertThat(decision.input().tags()).containsOnlyKeys(APPLICANT, GUARANTOR_1);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"MUTUAL_GUARANTEE", "GUARANTEE_CIRCLE", "OVER_GUARANTEE",
            "CONTAGION_EXPOSED", "RELATED_PARTY_LITIGATION"})
    void shouldSendApplicantWithOneGuaranteeNetworkOrLitigationTagToReview(String code) {
        // Given the applicant carries just this tag (the brief: review or score penalties, never approve)
        Decision decision = engine.decide(request(APPLICANT, 1_000_000), bySubject(tag(code, APPLICANT)), Map.of());

        assertThat(decision.decision()).isEqualTo(Outcome.REVIEW);
        assertThat(decision.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r.tag()).isEqualTo(code));
    }
}
