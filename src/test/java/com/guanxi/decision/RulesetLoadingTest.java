package com.guanxi.decision;

import static com.guanxi.decision.Fixtures.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class RulesetLoadingTest {

    /** A valid ruleset with one hard rule whose condition is {@code when}. */
    private static String withRule(String when) {
        return """
                id: probe
                version: "1"
                rules:
                  - id: probe-rule
                    when: "%s"
                    outcome: review
                scorecard:
                  base: 0
                  bands:
                    - {outcome: approve}
                """.formatted(when.replace("\"", "\\\""));
    }

    @Test
    void shouldFailToLoadRulesetWithSyntaxErrorNamingTheRule() throws Exception {
        // Given a ruleset file whose rule 'guarantor-high-severity' misses a closing parenthesis
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("rulesets-bad/syntax-error.yaml")) {
            // When / Then
            assertThatThrownBy(() -> CompiledRuleset.fromYaml(in, "rulesets-bad/syntax-error.yaml", CATALOGUE))
                    .isInstanceOf(RulesetLoadException.class)
                    .hasMessageContaining("ruleset broken v1 (rulesets-bad/syntax-error.yaml)")
                    .hasMessageContaining("rule 'guarantor-high-severity'")
                    .hasMessageContaining("missing ')' at '<EOF>'");
        }
    }

    @Test
    void shouldFailToLoadRuleReadingAFieldTagsDoNotHave() {
        assertThatThrownBy(() -> Fixtures.ruleset(withRule("applicant.tags.exists(t, t.cod == 'GUARANTEE_LOOP')")))
                .isInstanceOf(RulesetLoadException.class)
                .hasMessageContaining("rule 'probe-rule'")
                .hasMessageContaining("cod");
    }

    @Test
    void shouldFailToLoadRuleComparingSeverityWithANumber() {
        assertThatThrownBy(() -> Fixtures.ruleset(withRule("applicant.tags.exists(t, t.severity == 3)")))
                .isInstanceOf(RulesetLoadException.class)
                .hasMessageContaining("rule 'probe-rule'");
    }

    @Test
    void shouldFailToLoadRuleNamingATagCodeMissingFromTheCatalogue() {
        assertThatThrownBy(() -> Fixtures.ruleset(withRule("applicant.tags.exists(t, t.code == 'GUARANTE_LOOP')")))
                .isInstanceOf(RulesetLoadException.class)
                .hasMessageContaining("rule 'probe-rule'")
                .hasMessageContaining("unknown tag code 'GUARANTE_LOOP'");
        assertThatThrownBy(() -> Fixtures.ruleset(withRule(
                "applicant.tags.exists(t, t.code in ['MUTUAL_GUARANTEE', 'MUTUAL_GUARANTY'])")))
                .hasMessageContaining("unknown tag code 'MUTUAL_GUARANTY'");
    }

    @Test
    void shouldFailToLoadRuleNamingAnUnknownSeverity() {
        assertThatThrownBy(() -> Fixtures.ruleset(withRule("guarantors.exists(g, g.tags.exists(t, t.severity == 'HIGH'))")))
                .isInstanceOf(RulesetLoadException.class)
                .hasMessageContaining("unknown severity 'HIGH'");
    }

    @Test
    void shouldFailToLoadRuleThatIsNotACondition() {
        assertThatThrownBy(() -> Fixtures.ruleset(withRule("request.amount * 2.0")))
                .isInstanceOf(RulesetLoadException.class)
                .hasMessageContaining("rule 'probe-rule'");
    }

    @Test
    void shouldAcceptIntegerLiteralsComparedWithTheDoubleAmount() {
        CompiledRuleset r = Fixtures.ruleset(withRule("request.amount > 5000000"));
        Decision d = r.decide(DecisionInput.of(Fixtures.request("A", 6_000_000), java.util.Map.of()), Fixtures.CLOCK.instant());
        assertThat(d.decision()).isEqualTo(Outcome.REVIEW);
    }

    @Test
    void shouldFailToLoadRulesetWithMisspeltKey() {
        String yaml = withRule("true").replace("outcome: review", "outcome: review\n    descripton: typo");
        assertThatThrownBy(() -> Fixtures.ruleset(yaml))
                .isInstanceOf(RulesetLoadException.class)
                .hasMessageContaining("Unrecognized field \"descripton\"");
    }

    @Test
    void shouldFailToLoadHardRuleThatApproves() {
        String yaml = withRule("true").replace("outcome: review", "outcome: approve");
        assertThatThrownBy(() -> Fixtures.ruleset(yaml))
                .isInstanceOf(RulesetLoadException.class)
                .hasMessageContaining("rule 'probe-rule': 'outcome' must be review or reject");
    }

    @Test
    void shouldFailToLoadRulesetUsingARuleIdTwice() {
        String yaml = """
                id: probe
                version: "1"
                rules:
                  - {id: twice, when: "true", outcome: review}
                scorecard:
                  base: 0
                  conditions:
                    - {id: twice, when: "true", points: 1}
                  bands:
                    - {outcome: approve}
                """;
        assertThatThrownBy(() -> Fixtures.ruleset(yaml)).hasMessageContaining("rule id 'twice' is used twice");
    }

    @Test
    void shouldFailToLoadScoreBandsThatDoNotCoverEveryScore() {
        String lastHasMin = withRule("true").replace("- {outcome: approve}", "- {min: 10, outcome: approve}");
        assertThatThrownBy(() -> Fixtures.ruleset(lastHasMin)).hasMessageContaining("last score band");
        String notDecreasing = withRule("true").replace("- {outcome: approve}",
                "- {min: 10, outcome: approve}\n    - {min: 20, outcome: review}\n    - {outcome: reject}");
        assertThatThrownBy(() -> Fixtures.ruleset(notDecreasing)).hasMessageContaining("must decrease");
    }

    @Test
    void shouldLoadTheChampionAndChallengerFromTheClasspathIndex() {
        RulesetRegistry registry = RulesetRegistry.fromClasspath(CATALOGUE);

        assertThat(registry.champion()).isEqualTo(new RulesetRef("credit-default", "1"));
        assertThat(registry.challenger()).contains(new RulesetRef("credit-challenger", "1"));
        assertThat(registry.get(registry.champion()).digest())
                .isNotEqualTo(registry.get(registry.challenger().orElseThrow()).digest());
    }

    @Test
    void shouldGiveTheSameDigestToTheSameContentWrittenDifferently() {
        String compact = withRule("request.amount > 1.0");
        String commented = "# a comment\n" + compact.replace("base: 0", "base:   0   # start");
        assertThat(Fixtures.ruleset(commented).digest()).isEqualTo(Fixtures.ruleset(compact).digest());
        assertThat(Fixtures.ruleset(withRule("request.amount > 2.0")).digest())
                .isNotEqualTo(Fixtures.ruleset(compact).digest());
    }

    @Test
    void shouldLoadOperatorRulesetsFromAFolderListedInItsIndex(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        // Given a folder with an index and one ruleset
        java.nio.file.Files.writeString(folder.resolve("probe.yaml"), withRule("request.amount > 1.0"));
        java.nio.file.Files.writeString(folder.resolve("index.yaml"),
                "files: [probe.yaml]\nchampion: {id: probe, version: \"1\"}\n");

        RulesetRegistry registry = RulesetRegistry.fromDirectory(folder, CATALOGUE);

        assertThat(registry.champion()).isEqualTo(new RulesetRef("probe", "1"));
        assertThat(registry.challenger()).isEmpty();

        // And an index naming a champion that is not listed fails to load
        java.nio.file.Files.writeString(folder.resolve("index.yaml"),
                "files: [probe.yaml]\nchampion: {id: probe, version: \"2\"}\n");
        assertThatThrownBy(() -> RulesetRegistry.fromDirectory(folder, CATALOGUE))
                .isInstanceOf(RulesetLoadException.class)
                .hasMessageContaining("champion probe v2 is not loaded");
    }
}
