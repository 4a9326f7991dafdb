package com.guanxi.decision;

import static com.guanxi.decision.Fixtures.APPLICANT;
import static com.guanxi.decision.Fixtures.GUARANTOR_1;
import static com.guanxi.decision.Fixtures.bySubject;
import static com.guanxi.decision.Fixtures.request;
import static com.guanxi.decision.Fixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChampionChallengerTest {
    private final DecisionEngine engine = Fixtures.defaultEngine();

    @Test
    void shouldReturnBothOutcomesAndAnswerWithTheChampions() {
        // Given contagion exposure on an 8 million request:
        //  credit-default: hard review (high tag on applicant), score 100 - 30 - 10 = 60 -> review
        //  credit-challenger: hard reject 'contagion-large-amount'
        DecisionInput input = DecisionInput.of(request(APPLICANT, 8_000_000, GUARANTOR_1),
                bySubject(tag("CONTAGION_EXPOSED", APPLICANT, Map.of("source", "91440604335224938F"))));

        // When
        ChallengedDecision both = engine.decideWithChallenger(input);

        // Then
        assertThat(both.champion().rulesetId()).isEqualTo("credit-default");
        assertThat(both.champion().decision()).isEqualTo(Outcome.REVIEW);
        assertThat(both.champion().score()).isEqualTo(60);
        assertThat(both.challenger().rulesetId()).isEqualTo("credit-challenger");
        assertThat(both.challenger().decision()).isEqualTo(Outcome.REJECT);
        assertThat(both.challenger().reasons()).extracting(Reason::rule).contains("contagion-large-amount");
        assertThat(both.answer()).isEqualTo(Outcome.REVIEW);
        assertThat(both.outcomesAgree()).isFalse();
        assertThat(both.challenger().input()).isEqualTo(both.champion().input());
    }

    @Test
    void shouldGiveTheSameChampionDecisionWithOrWithoutAChallenger() {
        DecisionInput input = DecisionInput.of(request(APPLICANT, 3_000_000, GUARANTOR_1),
                bySubject(tag("MUTUAL_GUARANTEE", APPLICANT), tag("CROSS_HOLDING", GUARANTOR_1)));

        assertThat(engine.decideWithChallenger(input).champion()).isEqualTo(engine.decide(input));
    }

    @Test
    void shouldRefuseChallengerDecisionWhenNoneIsConfigured() {
        DecisionEngine championOnly = Fixtures.engineOf(Fixtures.defaultEngine().champion());
        DecisionInput input = DecisionInput.of(request(APPLICANT, 1), Map.of());

        assertThatThrownBy(() -> championOnly.decideWithChallenger(input))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no challenger");
    }
}
