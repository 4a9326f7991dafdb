package com.guanxi.ingest;

import java.util.Objects;

/**
 * Outcome of checking an identifier (统一社会信用代码 or 注册号).
 *
 * @param input     the value as delivered (may be null)
 * @param canonical the value after NFKC, trimming and upper-casing; the form to store and join on
 * @param failure   null when valid
 * @param detail    a human sentence saying what is wrong, null when valid
 */
public record IdentifierCheck(String input, String canonical, Failure failure, String detail) {

    /** Why an identifier is invalid, in the order the checks run. */
    public enum Failure {
        BLANK, WRONG_LENGTH, ILLEGAL_CHARACTER, CHECK_CHARACTER, ORGANISATION_CODE_CHECK_DIGIT
    }

    public IdentifierCheck {
        if ((failure == null) != (detail == null)) {
            throw new IllegalArgumentException("a failure needs a detail and a valid result has none");
        }
        if (failure == null) Objects.requireNonNull(canonical, "a valid identifier has a canonical form");
    }

    public boolean valid() {
        return failure == null;
    }

    static IdentifierCheck ok(String input, String canonical) {
        return new IdentifierCheck(input, canonical, null, null);
    }

    static IdentifierCheck fail(String input, String canonical, Failure failure, String detail) {
        return new IdentifierCheck(input, canonical, failure, detail);
    }
}
