package com.guanxi.decision;

import java.time.Instant;
import java.util.List;

/**
 * A credit decision with its reasons, the ruleset that made it and the inputs it was made from
 * (api.md, "Decision layer": {@code decision, score, reasons, rulesetVersion}). Serialisable with Jackson
 * (see {@link DecisionJson}) and replayable with {@link DecisionEngine#replay(Decision)}.
 *
 * @param requestId      the request's id, may be {@code null}
 * @param decision       approve, review or reject
 * @param score          scorecard score (base plus the points of every condition that held)
 * @param reasons        hard rules then scorecard conditions that fired, each with the tag that made it fire
 * @param rulesetId      id of the ruleset, e.g. {@code credit-default}
 * @param rulesetVersion version of the ruleset, e.g. {@code 1}
 * @param rulesetDigest  SHA-256 of the ruleset's content, to detect a ruleset edited without a version change
 * @param decidedAt      when the decision was made
 * @param input          everything the decision was computed from
 */
public record Decision(String requestId, Outcome decision, int score, List<Reason> reasons, String rulesetId,
                       String rulesetVersion, String rulesetDigest, Instant decidedAt, DecisionInput input) {

    public Decision {
        if (decision == null) throw new IllegalArgumentException("decision is required");
        if (rulesetId == null || rulesetVersion == null) throw new IllegalArgumentException("ruleset id and version are required");
        if (input == null) throw new IllegalArgumentException("input is required for replay");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
