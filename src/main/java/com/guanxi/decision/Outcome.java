package com.guanxi.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The answer of a credit decision, from least to most severe: approve, review, reject. */
public enum Outcome {
    APPROVE, REVIEW, REJECT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Outcome of(String code) {
        if (code != null) {
            for (Outcome o : values()) {
                if (o.code().equalsIgnoreCase(code.trim())) return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + code + "' (expected approve, review or reject)");
    }

    /** The more severe of the two outcomes. */
    public Outcome atLeast(Outcome other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }

    @Override
    public String toString() {
        return code();
    }
}
