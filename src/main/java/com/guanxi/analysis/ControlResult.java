package com.guanxi.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Control of the registry companies as of one date.
 *
 * @param outcomes  registry company id -> its control outcome
 * @param groups    groups sorted by root
 * @param rounds    rounds the control fixpoint took
 * @param converged false when the fixpoint was cut off after {@value UltimateControllers#MAX_ROUNDS} rounds
 */
public record ControlResult(Map<String, ControlOutcome> outcomes, List<CorporateGroup> groups, int rounds,
                            boolean converged) {
    public ControlResult {
        // Views, not copies: one entry per company, millions of them.
        outcomes = Collections.unmodifiableMap(outcomes);
        groups = Collections.unmodifiableList(groups);
    }
}
