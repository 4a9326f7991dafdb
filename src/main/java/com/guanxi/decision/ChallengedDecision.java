package com.guanxi.decision;

/**
 * The champion's decision (the answer) and the challenger's decision on the same inputs, for logging and
 * comparing a candidate ruleset without letting it decide.
 */
public record ChallengedDecision(Decision champion, Decision challenger) {

    public ChallengedDecision {
        if (champion == null || challenger == null) throw new IllegalArgumentException("both decisions are required");
    }

    /** The answer: always the champion's outcome. */
    public Outcome answer() {
        return champion.decision();
    }

    /** Whether the challenger would have answered the same. */
    public boolean outcomesAgree() {
        return champion.decision() == challenger.decision();
    }
}
