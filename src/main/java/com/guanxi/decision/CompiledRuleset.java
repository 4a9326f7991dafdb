package com.guanxi.decision;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.guanxi.tags.TagCatalogue;
import dev.cel.runtime.CelEvaluationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A ruleset whose every expression has been compiled once: immutable and safe to share between threads.
 *
 * <p>Decision semantics: the score is the scorecard's base plus the points of every condition that holds; the
 * first band whose {@code min} the score reaches gives the scorecard outcome. Hard rules override it upwards:
 * the decision is the most severe of the scorecard outcome and the outcome of every hard rule that holds, so
 * a hard reject always rejects and a hard review never lets an application be approved. A rule that cannot be
 * evaluated (e.g. a missing feature) makes the decision at least review, with the error as its reason: an
 * incomplete evaluation never approves. Reasons list the hard rules, then the scorecard conditions, that
 * held, in ruleset order, each with the tags that made it hold ({@link TagAttribution}).
 *
 * <p>Cost of one decision: one evaluation per rule, plus for each rule that holds at most 1 + 2n evaluations
 * on reduced inputs (n = tags of the subjects the rule names); an evaluation is linear in the tags it reads.
 */
public final class CompiledRuleset {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final ObjectMapper CANONICAL_JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private record CompiledRule(String id, String description, Outcome outcome, Integer points,
                                RuleExpressions.Compiled expression) {
    }

    private final RulesetDefinition definition;
    private final String digest;
    private final List<CompiledRule> hardRules;
    private final List<CompiledRule> conditions;
    private final int base;
    private final List<RulesetDefinition.Band> bands;

    private CompiledRuleset(RulesetDefinition definition, String digest, List<CompiledRule> hardRules,
                            List<CompiledRule> conditions) {
        this.definition = definition;
        this.digest = digest;
        this.hardRules = hardRules;
        this.conditions = conditions;
        this.base = definition.scorecard().base();
        this.bands = definition.scorecard().bands();
    }

    /**
     * Reads a ruleset YAML document and compiles it.
     *
     * @param sourceName shown in error messages (e.g. the resource path)
     * @throws RulesetLoadException naming the file, the ruleset and the offending rule
     */
    public static CompiledRuleset fromYaml(InputStream yaml, String sourceName, TagCatalogue catalogue) {
        RulesetDefinition definition;
        try {
            definition = YAML.readValue(yaml, RulesetDefinition.class);
        } catch (IOException e) {
            throw new RulesetLoadException("ruleset " + sourceName + " cannot be read: " + e.getMessage(), e);
        }
        if (definition == null) throw new RulesetLoadException("ruleset " + sourceName + " is empty");
        return compile(definition, sourceName, catalogue);
    }

    /**
     * Checks a ruleset and compiles every expression (each exactly once).
     *
     * @throws RulesetLoadException naming the ruleset and the offending rule, with the compiler's message
     */
    public static CompiledRuleset compile(RulesetDefinition def, String sourceName, TagCatalogue catalogue) {
        String where = "ruleset " + (def.id() == null ? "?" : def.id()) + " v" + (def.version() == null ? "?" : def.version())
                + " (" + sourceName + ")";
        if (isBlank(def.id())) throw new RulesetLoadException(where + ": 'id' is required");
        if (isBlank(def.version())) throw new RulesetLoadException(where + ": 'version' is required");
        RulesetDefinition.Scorecard scorecard = def.scorecard();
        if (scorecard == null) throw new RulesetLoadException(where + ": 'scorecard' is required");
        if (scorecard.base() == null) throw new RulesetLoadException(where + ": scorecard 'base' is required");
        checkBands(where, scorecard.bands());

        Set<String> ids = new HashSet<>();
        List<CompiledRule> hard = new ArrayList<>();
        for (RulesetDefinition.Rule rule : def.rules()) {
            String ruleWhere = where + ": rule '" + rule.id() + "'";
            checkId(where, rule.id(), ids);
            if (rule.outcome() == null || rule.outcome() == Outcome.APPROVE) {
                throw new RulesetLoadException(ruleWhere + ": 'outcome' must be review or reject");
            }
            hard.add(new CompiledRule(rule.id(), rule.description(), rule.outcome(), null,
                    compileExpression(ruleWhere, rule.id(), rule.when(), catalogue)));
        }
        List<CompiledRule> scored = new ArrayList<>();
        for (RulesetDefinition.Condition c : scorecard.conditions()) {
            String ruleWhere = where + ": scorecard condition '" + c.id() + "'";
            checkId(where, c.id(), ids);
            if (c.points() == null) throw new RulesetLoadException(ruleWhere + ": 'points' is required");
            scored.add(new CompiledRule(c.id(), c.description(), null, c.points(),
                    compileExpression(ruleWhere, c.id(), c.when(), catalogue)));
        }
        return new CompiledRuleset(def, digestOf(def), List.copyOf(hard), List.copyOf(scored));
    }

    public String id() {
        return definition.id();
    }

    public String version() {
        return definition.version();
    }

    public RulesetRef ref() {
        return new RulesetRef(id(), version());
    }

    /** SHA-256 (hex) of the ruleset's content, independent of YAML layout and comments. */
    public String digest() {
        return digest;
    }

    public RulesetDefinition definition() {
        return definition;
    }

    /** Decides one input; see the class comment for the semantics. Thread-safe. */
    public Decision decide(DecisionInput input, Instant decidedAt) {
        return decide(input, RuleInputs.of(input), decidedAt);
    }

    Decision decide(DecisionInput input, RuleInputs inputs, Instant decidedAt) {
        List<Reason> reasons = new ArrayList<>();
        Outcome floor = Outcome.APPROVE;
        for (CompiledRule rule : hardRules) {
            switch (apply(rule, inputs, reasons)) {
                case HELD -> floor = floor.atLeast(rule.outcome());
                case FAILED -> floor = floor.atLeast(Outcome.REVIEW);
                case NOT_HELD -> { }
            }
        }
        int score = base;
        for (CompiledRule condition : conditions) {
            switch (apply(condition, inputs, reasons)) {
                case HELD -> score += condition.points();
                case FAILED -> floor = floor.atLeast(Outcome.REVIEW);
                case NOT_HELD -> { }
            }
        }
        Outcome decision = band(score).atLeast(floor);
        return new Decision(input.request().requestId(), decision, score, reasons, id(), version(), digest,
                decidedAt, input);
    }

    private enum RuleResult { HELD, NOT_HELD, FAILED }

    /** Evaluates one rule and, when it holds or fails, appends its reasons. */
    private static RuleResult apply(CompiledRule rule, RuleInputs inputs, List<Reason> reasons) {
        boolean holds;
        try {
            holds = RuleExpressions.holds(rule.expression().program(), inputs.all());
        } catch (CelEvaluationException | RuntimeException e) {
            reasons.add(new Reason(rule.id(), rule.description(), Outcome.REVIEW, null, null, null, null, null,
                    "rule could not be evaluated: " + e.getMessage()));
            return RuleResult.FAILED;
        }
        if (!holds) return RuleResult.NOT_HELD;
        List<RuleInputs.TagRef> cited = TagAttribution.cite(rule.expression(), inputs);
        if (cited.isEmpty()) {
            reasons.add(new Reason(rule.id(), rule.description(), rule.outcome(), rule.points(), null, null, null, null, null));
        }
        for (RuleInputs.TagRef ref : cited) {
            reasons.add(new Reason(rule.id(), rule.description(), rule.outcome(), rule.points(), ref.tag().code(),
                    ref.tag().subjectId(), ref.tag().severity(), ref.tag().evidence(), null));
        }
        return RuleResult.HELD;
    }

    private Outcome band(int score) {
        for (RulesetDefinition.Band b : bands) {
            if (b.min() == null || score >= b.min()) return b.outcome();
        }
        throw new IllegalStateException("bands do not cover score " + score); // checked at load
    }

    private static RuleExpressions.Compiled compileExpression(String ruleWhere, String ruleId, String expression,
                                                        TagCatalogue catalogue) {
        try {
            return RuleExpressions.compile(ruleId, expression, catalogue);
        } catch (IllegalArgumentException e) {
            throw new RulesetLoadException(ruleWhere + ": expression does not compile: " + e.getMessage(), e);
        }
    }

    private static void checkId(String where, String id, Set<String> seen) {
        if (isBlank(id)) throw new RulesetLoadException(where + ": a rule has no 'id'");
        if (!seen.add(id)) throw new RulesetLoadException(where + ": rule id '" + id + "' is used twice");
    }

    private static void checkBands(String where, List<RulesetDefinition.Band> bands) {
        if (bands.isEmpty()) throw new RulesetLoadException(where + ": scorecard 'bands' are required");
        Integer previous = null;
        for (int i = 0; i < bands.size(); i++) {
            RulesetDefinition.Band b = bands.get(i);
            boolean last = i == bands.size() - 1;
            if (b.outcome() == null) throw new RulesetLoadException(where + ": score band " + (i + 1) + " has no 'outcome'");
            if (last != (b.min() == null)) {
                throw new RulesetLoadException(where + ": only the last score band, and it always, has no 'min'");
            }
            if (b.min() != null && previous != null && b.min() >= previous) {
                throw new RulesetLoadException(where + ": score band minimums must decrease (" + b.min() + " after " + previous + ")");
            }
            previous = b.min();
        }
    }

    private static String digestOf(RulesetDefinition def) {
        try {
            byte[] json = CANONICAL_JSON.writeValueAsString(def).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest ruleset " + def.id(), e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "ruleset " + id() + " v" + version();
    }
}
