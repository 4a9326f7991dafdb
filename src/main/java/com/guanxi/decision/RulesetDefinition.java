package com.guanxi.decision;

import java.util.List;

/**
 * A ruleset as written in a YAML file under {@code rulesets/}: hard rules and a scorecard, every condition a CEL
 * expression over {@code applicant}, {@code guarantors} and {@code request} (see {@link RuleExpressions}).
 * This record only holds the data; {@link CompiledRuleset#compile} checks and compiles it.
 *
 * @param id          stable id, e.g. {@code credit-default}
 * @param version     version label, e.g. {@code 1}; a changed ruleset gets a new version
 * @param description what the ruleset is for
 * @param rules       hard rules: when one holds, the decision is at least its outcome (review or reject)
 * @param scorecard   points per condition and score bands
 */
public record RulesetDefinition(String id, String version, String description, List<Rule> rules,
                                Scorecard scorecard) {

    public RulesetDefinition {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * A hard rule.
     *
     * @param id          unique within the ruleset; reasons cite it
     * @param description what it checks, for approvers
     * @param when        CEL boolean expression
     * @param outcome     review or reject
     */
    public record Rule(String id, String description, String when, Outcome outcome) {
    }

    /**
     * The scorecard: the score starts at {@code base}, every condition that holds adds its points (usually
     * negative), and the first band whose {@code min} the score reaches gives the outcome.
     *
     * @param base       starting score
     * @param conditions the scored conditions
     * @param bands      from the highest {@code min} down; the last band has no {@code min} and takes the rest
     */
    public record Scorecard(Integer base, List<Condition> conditions, List<Band> bands) {
        public Scorecard {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
            bands = bands == null ? List.of() : List.copyOf(bands);
        }
    }

    /**
     * A scored condition.
     *
     * @param id          unique within the ruleset; reasons cite it
     * @param description what it checks
     * @param when        CEL boolean expression
     * @param points      points added when it holds
     */
    public record Condition(String id, String description, String when, Integer points) {
    }

    /**
     * A score band: a score {@code >= min} maps to {@code outcome}; {@code min == null} means any score.
     */
    public record Band(Integer min, Outcome outcome) {
    }
}
