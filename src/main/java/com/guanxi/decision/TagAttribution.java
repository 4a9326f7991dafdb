package com.guanxi.decision;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelVariableResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds the tags that made a fired rule fire, so that every reason cites its tags and their evidence, whatever
 * the shape of the rule's expression: it is evaluated again on reduced inputs, never analysed beyond the
 * variables it names.
 *
 * <ol>
 *   <li>If the rule also fires with no tags at all, no tag made it fire (an amount limit, a feature threshold,
 *       a rule on the <em>absence</em> of a tag): none is cited.</li>
 *   <li>Otherwise every tag that on its own (all other tags removed, features and request unchanged) makes the
 *       rule fire is cited: for {@code applicant.tags.exists(t, t.code == 'GUARANTEE_LOOP')} that is each
 *       GUARANTEE_LOOP tag of the applicant; for {@code guarantors.exists(g, g.tags.exists(t, t.severity ==
 *       'high'))} each high tag of each guarantor.</li>
 *   <li>If no single tag suffices (a rule needing two tags together, or a count), a minimal set of tags that
 *       still makes it fire is cited: starting from all tags, each tag is dropped in turn when the rule still
 *       fires without it.</li>
 * </ol>
 * Only the tags of subjects the expression names are considered ({@code applicant}, {@code guarantors}).
 * A rule that errs on a reduced input counts as not firing on it. Cost: for n such tags, at most 1 + n
 * evaluations in steps 1–2 plus n in step 3, each on an input no larger than the decision's.
 */
final class TagAttribution {
    private TagAttribution() {
    }

    /** The tags to cite for a rule that fired on {@code inputs.all()}. */
    static List<RuleInputs.TagRef> cite(RuleExpressions.Compiled rule, RuleInputs inputs) {
        // Tags of subjects the expression never names cannot have made it fire: they are left out.
        List<RuleInputs.TagRef> candidates = new ArrayList<>();
        for (RuleInputs.TagRef ref : inputs.tags()) {
            if (ref.ofApplicant() ? rule.readsApplicant() : rule.readsGuarantors()) candidates.add(ref);
        }
        if (candidates.isEmpty() || holds(rule, inputs.withoutTags())) return List.of();

        List<RuleInputs.TagRef> sufficient = new ArrayList<>();
        for (RuleInputs.TagRef only : candidates) {
            if (holds(rule, inputs.withOnly(only))) sufficient.add(only);
        }
        if (!sufficient.isEmpty()) return sufficient;

        boolean[] kept = new boolean[inputs.tags().size()];
        for (RuleInputs.TagRef ref : candidates) kept[ref.position()] = true;
        Predicate<RuleInputs.TagRef> isKept = ref -> kept[ref.position()];
        List<RuleInputs.TagRef> minimal = new ArrayList<>();
        for (RuleInputs.TagRef ref : candidates) {
            kept[ref.position()] = false;
            if (!holds(rule, inputs.variables(isKept))) {
                kept[ref.position()] = true;
                minimal.add(ref);
            }
        }
        return minimal;
    }

    private static boolean holds(RuleExpressions.Compiled rule, CelVariableResolver variables) {
        try {
            return RuleExpressions.holds(rule.program(), variables);
        } catch (CelEvaluationException | RuntimeException e) {
            return false;
        }
    }
}
