package com.guanxi.decision;

import com.guanxi.tags.Tag;
import com.guanxi.tags.TagCatalogue;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides credit requests from the applicant's and guarantors' tags and features with the champion ruleset,
 * optionally evaluating a challenger ruleset on the same inputs, and replays stored decisions.
 *
 * <p>Thread-safe: rulesets are compiled once and their programs shared; batch methods run on the common
 * fork-join pool and keep the input order.
 */
public final class DecisionEngine {
    private final RulesetRegistry registry;
    private final CompiledRuleset champion;
    private final CompiledRuleset challenger;
    private final Clock clock;

    /**
     * @param registry every loaded ruleset version (for replay), with the champion and optional challenger
     * @param clock    the time stamped on decisions
     */
    public DecisionEngine(RulesetRegistry registry, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.champion = registry.get(registry.champion());
        this.challenger = registry.challenger().map(registry::get).orElse(null);
    }

    /** The default tag catalogue and the rulesets of {@value RulesetRegistry#INDEX}, UTC clock. */
    public static DecisionEngine fromClasspath() {
        return new DecisionEngine(RulesetRegistry.fromClasspath(TagCatalogue.load()), Clock.systemUTC());
    }

    /** Every loaded ruleset, with the champion and the challenger. */
    public RulesetRegistry registry() {
        return registry;
    }

    /** The challenger ruleset, if one is configured. */
    public java.util.Optional<CompiledRuleset> challenger() {
        return java.util.Optional.ofNullable(challenger);
    }

    public CompiledRuleset champion() {
        return champion;
    }

    public boolean hasChallenger() {
        return challenger != null;
    }

    /**
     * Decides with the champion ruleset (api.md {@code POST /api/decisions}).
     *
     * @param tags     subject id → its tags (tags of subjects outside the request are ignored)
     * @param features subject id → feature name → value (numbers, strings, booleans, lists, maps)
     */
    public Decision decide(DecisionRequest request, Map<String, ? extends List<Tag>> tags,
                           Map<String, ? extends Map<String, ?>> features) {
        return decide(DecisionInput.of(request, tags, features));
    }

    /** Decides with the champion ruleset. */
    public Decision decide(DecisionInput input) {
        return champion.decide(input, clock.instant());
    }

    /**
     * Decides with the champion and also evaluates the challenger on the same inputs; the answer is the
     * champion's, the challenger's decision is for logging.
     *
     * @throws IllegalStateException when no challenger is configured
     */
    public ChallengedDecision decideWithChallenger(DecisionInput input) {
        if (challenger == null) throw new IllegalStateException("no challenger ruleset is configured");
        RuleInputs inputs = RuleInputs.of(input);
        var now = clock.instant();
        return new ChallengedDecision(champion.decide(input, inputs, now), challenger.decide(input, inputs, now));
    }

    /** Decides many inputs in parallel with the champion; results are in input order. */
    public List<Decision> decideAll(List<DecisionInput> inputs) {
        return inputs.parallelStream().map(this::decide).toList();
    }

    /** {@link #decideWithChallenger} for many inputs in parallel; results are in input order. */
    public List<ChallengedDecision> decideAllWithChallenger(List<DecisionInput> inputs) {
        return inputs.parallelStream().map(this::decideWithChallenger).toList();
    }

    /**
     * Re-evaluates a stored decision from its stored inputs with the ruleset version it names and reports
     * whether outcome, score, reasons and ruleset content are the same.
     *
     * @throws java.util.NoSuchElementException when that ruleset version is no longer loaded
     */
    public ReplayResult replay(Decision stored) {
        CompiledRuleset ruleset = registry.get(new RulesetRef(stored.rulesetId(), stored.rulesetVersion()));
        Decision again = ruleset.decide(stored.input(), clock.instant());
        return new ReplayResult(stored, again,
                again.decision() == stored.decision(),
                again.score() == stored.score(),
                again.reasons().equals(stored.reasons()),
                ruleset.digest().equals(stored.rulesetDigest()));
    }
}
