package com.guanxi.decision;

/** A ruleset that cannot be used: unreadable, incomplete, or with a rule whose expression does not compile. */
public class RulesetLoadException extends RuntimeException {
    public RulesetLoadException(String message) {
        super(message);
    }

    public RulesetLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
