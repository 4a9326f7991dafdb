package com.guanxi.decision;

/**
 * A stored decision re-evaluated from its stored inputs with the ruleset version it names.
 *
 * @param original      the stored decision
 * @param replayed      the decision computed again now
 * @param sameOutcome   the outcome is the same
 * @param sameScore     the score is the same
 * @param sameReasons   the reasons are the same (rules, tags, evidence, in order)
 * @param sameRuleset   the ruleset content is the same as when the decision was made (digest match); when
 *                      false the ruleset was edited without a new version
 */
public record ReplayResult(Decision original, Decision replayed, boolean sameOutcome, boolean sameScore,
                           boolean sameReasons, boolean sameRuleset) {

    /** Outcome, score, reasons and ruleset content all reproduced. */
    public boolean reproduced() {
        return sameOutcome && sameScore && sameReasons && sameRuleset;
    }
}
