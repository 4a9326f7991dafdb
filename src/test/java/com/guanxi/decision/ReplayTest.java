package com.guanxi.decision;

import static com.guanxi.decision.Fixtures.APPLICANT;
import static com.guanxi.decision.Fixtures.GUARANTOR_1;
import static com.guanxi.decision.Fixtures.GUARANTOR_2;
import static com.guanxi.decision.Fixtures.bySubject;
import static com.guanxi.decision.Fixtures.request;
import static com.guanxi.decision.Fixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ReplayTest {
    private final DecisionEngine engine = Fixtures.defaultEngine();
    private final ObjectMapper json = DecisionJson.mapper();

    private DecisionInput richInput() {
        Fixtures.TruthLoop loop = Fixtures.firstTruthLoop();
        return new DecisionInput(request(APPLICANT, 6_500_000, GUARANTOR_1, GUARANTOR_2),
                bySubject(
                        tag("GUARANTEE_CIRCLE", APPLICANT, Map.of("circleId", "C-3", "size", 9, "totalAmount", 2.5e8,
                                "members", loop.members(), "hasLoop", false)),
                        tag("GUARANTEE_LOOP", GUARANTOR_1, Map.of("cycle", loop.cycle(), "size", 4)),
                        tag("SHARED_CONTACT", GUARANTOR_2, Map.of("type", "address", "value", "湖南省长沙市岳麓区中山路82号440室"))),
                Map.of(APPLICANT, Map.of("guaranteeToCapital", 2.4, "longestChain", 3)));
    }

    @Test
    void shouldReproduceADecisionStoredAsJson() throws Exception {
        // Given a decision with reasons and evidence, stored as JSON and read back
        Decision original = engine.decide(richInput());
        assertThat(original.reasons()).isNotEmpty();
        String stored = json.writeValueAsString(original);
        Decision readBack = json.readValue(stored, Decision.class);

        // When
        ReplayResult replay = engine.replay(readBack);

        // Then
        assertThat(readBack).isEqualTo(original);
        assertThat(replay.reproduced()).isTrue();
        assertThat(replay.replayed().decision()).isEqualTo(original.decision());
        assertThat(replay.replayed().reasons()).isEqualTo(original.reasons());
    }

    @Test
    void shouldWriteTheApiFieldsOfADecision() throws Exception {
        JsonNode node = json.readTree(json.writeValueAsString(engine.decide(richInput())));

        assertThat(node.path("decision").asText()).isIn("approve", "review", "reject");
        assertThat(node.path("score").isInt()).isTrue();
        assertThat(node.path("rulesetVersion").asText()).isEqualTo("1");
        JsonNode reason = node.path("reasons").get(0);
        assertThat(reason.has("rule")).isTrue();
        assertThat(reason.has("tag")).isTrue();
        assertThat(reason.has("evidence")).isTrue();
        assertThat(node.path("input").path("request").path("asOf").asText()).isEqualTo("2024-06-30");
        // a reason without a tag (the amount rule) still has the api fields, as nulls
        JsonNode amountReason = json.readTree(json.writeValueAsString(engine.decide(
                DecisionInput.of(request(APPLICANT, 9_000_000), Map.of())))).path("reasons").get(0);
        assertThat(amountReason.path("rule").asText()).isEqualTo("large-amount");
        assertThat(amountReason.has("tag") && amountReason.get("tag").isNull()).isTrue();
        assertThat(amountReason.has("evidence") && amountReason.get("evidence").isNull()).isTrue();
        assertThat(amountReason.has("error")).isFalse();
    }

    @Test
    void shouldReportADifferentOutcomeWhenTheStoredOneWasNotWhatTheRulesetGives() throws Exception {
        // Given a stored decision whose outcome was altered after the fact
        Decision original = engine.decide(richInput());
        ObjectNode node = (ObjectNode) json.valueToTree(original);
        node.put("decision", original.decision() == Outcome.APPROVE ? "reject" : "approve");
        Decision altered = json.treeToValue(node, Decision.class);

        ReplayResult replay = engine.replay(altered);

        assertThat(replay.sameOutcome()).isFalse();
        assertThat(replay.reproduced()).isFalse();
    }

    @Test
    void shouldNoticeARulesetEditedWithoutANewVersion() {
        // Given the decision was made by credit-default v1, and v1 was later edited in place
        Decision original = engine.decide(richInput());
        RulesetDefinition def = engine.champion().definition();
        RulesetDefinition edited = new RulesetDefinition(def.id(), def.version(), "edited in place", def.rules(),
                def.scorecard());
        CompiledRuleset editedRuleset = CompiledRuleset.compile(edited, "edited", Fixtures.CATALOGUE);
        DecisionEngine later = Fixtures.engineOf(editedRuleset);

        ReplayResult replay = later.replay(original);

        assertThat(replay.sameOutcome()).isTrue();
        assertThat(replay.sameRuleset()).isFalse();
        assertThat(replay.reproduced()).isFalse();
    }

    @Test
    void shouldRefuseToReplayWithARulesetVersionNoLongerLoaded() {
        Decision original = engine.decide(richInput());
        Decision ofV0 = new Decision(original.requestId(), original.decision(), original.score(), original.reasons(),
                "credit-default", "0", original.rulesetDigest(), original.decidedAt(), original.input());

        assertThatThrownBy(() -> engine.replay(ofV0))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("credit-default v0");
    }

    @Test
    void shouldReproduceBatchDecisionsIdenticallyToOneByOneDecisions() {
        List<DecisionInput> inputs = RandomInputs.generate(100, 5, 2, 42L);

        List<ChallengedDecision> batch = engine.decideAllWithChallenger(inputs);

        assertThat(batch).hasSize(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(batch.get(i).champion()).isEqualTo(engine.decide(inputs.get(i)));
            assertThat(batch.get(i).champion().input()).isEqualTo(inputs.get(i));
        }
    }
}
