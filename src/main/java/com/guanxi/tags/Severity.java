package com.guanxi.tags;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How strongly a risk tag weighs on a credit decision (definitions.md, "Risk tags"): high, medium or low. */
public enum Severity {
    HIGH, MEDIUM, LOW;

    /** The lower-case code used in JSON, YAML and rule expressions ({@code t.severity == 'high'}). */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code high|medium|low} (case-insensitive); anything else is an error naming the value. */
    @JsonCreator
    public static Severity of(String code) {
        if (code != null) {
            for (Severity s : values()) {
                if (s.code().equalsIgnoreCase(code.trim())) return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + code + "' (expected high, medium or low)");
    }

    @Override
    public String toString() {
        return code();
    }
}
