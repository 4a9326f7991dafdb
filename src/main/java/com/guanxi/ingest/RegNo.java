package com.guanxi.ingest;

/**
 * The old 15-digit business registration number (工商注册号, used before the USCC): 6-digit registration-authority
 * division code, 8-digit sequence, 1 check digit computed with ISO 7064 MOD 11,10 (GB/T 17710). All 59 numbers in the
 * sample companies.csv and all 16 in the real registry sample satisfy this check. O(1).
 */
public final class RegNo {
    public static final int LENGTH = 15;

    private RegNo() {
    }

    public static boolean isValid(String raw) {
        return check(raw).valid();
    }

    public static IdentifierCheck check(String raw) {
        String c = Uscc.canonical(raw);
        if (c == null || c.isEmpty()) {
            return IdentifierCheck.fail(raw, c, IdentifierCheck.Failure.BLANK, "no registration number given");
        }
        if (c.length() != LENGTH) {
            return IdentifierCheck.fail(raw, c, IdentifierCheck.Failure.WRONG_LENGTH,
                    c.length() + " characters (a registration number has 15 digits)");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (c.charAt(i) < '0' || c.charAt(i) > '9') {
                return IdentifierCheck.fail(raw, c, IdentifierCheck.Failure.ILLEGAL_CHARACTER,
                        "a registration number has digits only ('" + c.charAt(i) + "' at position " + (i + 1) + ")");
            }
        }
        char expected = checkDigit(c.substring(0, 14));
        if (c.charAt(14) != expected) {
            return IdentifierCheck.fail(raw, c, IdentifierCheck.Failure.CHECK_CHARACTER,
                    "check digit (ISO 7064 MOD 11,10, position 15) wrong: '" + c.charAt(14) + "' given, '"
                            + expected + "' expected");
        }
        return IdentifierCheck.ok(raw, c);
    }

    /** ISO 7064 MOD 11,10 check digit over 14 digits. */
    public static char checkDigit(CharSequence first14) {
        if (first14.length() != 14) throw new IllegalArgumentException("14 digits expected");
        int p = 10;
        for (int i = 0; i < 14; i++) {
            int d = first14.charAt(i) - '0';
            if (d < 0 || d > 9) throw new IllegalArgumentException("not a digit: " + first14.charAt(i));
            int s = (p + d) % 10;
            if (s == 0) s = 10;
            p = (s * 2) % 11;
        }
        return (char) ('0' + (11 - p) % 10);
    }
}
