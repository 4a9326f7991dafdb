package com.guanxi.ingest;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * 统一社会信用代码 (USCC) validation, as defined in shared/design/definitions.md ("USCC validity"):
 * GB 32100-2015 — 18 characters from {@value #CHARSET}, character 18 the check character with weights
 * {@code 3^(i-1) mod 31} — and GB 11714 — characters 9–17 are the organisation code whose 9th character is its own
 * check digit (weights 3,7,9,10,5,8,4,2; {@code 11 - sum mod 11}, 10 → X, 11 → 0).
 *
 * <p>Input is compared after NFKC, trimming and upper-casing: neither the sample nor the real registry data holds a
 * lower-case or full-width code, but both occur when codes are typed through a Chinese IME, and neither
 * transformation can turn an invalid code into a valid one (the character set has no case-ambiguous letters).
 * Inner spaces are not removed: a code with a space in it is rejected. Runs in O(1) (18 characters).
 */
public final class Uscc {
    /** The GB 32100 alphabet: digits and capitals without I, O, S, V, Z. Index = numeric value. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;

    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] USCC_WEIGHTS = new int[17];

    static {
        int w = 1;
        for (int i = 0; i < 17; i++) {
            USCC_WEIGHTS[i] = w;
            w = (w * 3) % 31;
        }
    }

    private Uscc() {
    }

    /** NFKC, trim, upper-case; null for null. Does not validate. */
    public static String canonical(String raw) {
        if (raw == null) return null;
        return java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String raw) {
        return check(raw).valid();
    }

    /** Validates a USCC; the result says precisely what is wrong (length, alphabet, position 18, position 17). */
    public static IdentifierCheck check(String raw) {
        String c = canonical(raw);
        if (c == null || c.isEmpty()) {
            return IdentifierCheck.fail(raw, c, IdentifierCheck.Failure.BLANK, "no code given");
        }
        if (c.length() != LENGTH) {
            return IdentifierCheck.fail(raw, c, IdentifierCheck.Failure.WRONG_LENGTH,
                    c.length() + " characters (GB 32100 requires 18)");
        }
        Set<String> illegal = new LinkedHashSet<>();
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(c.charAt(i)) < 0) illegal.add(String.valueOf(c.charAt(i)));
        }
        if (!illegal.isEmpty()) {
            return IdentifierCheck.fail(raw, c, IdentifierCheck.Failure.ILLEGAL_CHARACTER,
                    "characters outside the GB 32100 set (" + String.join(", ", illegal) + ")");
        }
        char expected18 = checkCharacter(c.substring(0, 17));
        if (c.charAt(17) != expected18) {
            return IdentifierCheck.fail(raw, c, IdentifierCheck.Failure.CHECK_CHARACTER,
                    "check character (GB 32100, position 18) wrong: '" + c.charAt(17) + "' given, '"
                            + expected18 + "' expected");
        }
        char expected17 = organisationCodeCheckDigit(c.substring(8, 16));
        if (c.charAt(16) != expected17) {
            return IdentifierCheck.fail(raw, c, IdentifierCheck.Failure.ORGANISATION_CODE_CHECK_DIGIT,
                    "organisation-code check digit (GB 11714, position 17) wrong: '" + c.charAt(16) + "' given, '"
                            + expected17 + "' expected; position 18 consistent");
        }
        return IdentifierCheck.ok(raw, c);
    }

    /**
     * The GB 32100 check character for the first 17 characters: {@code (31 - sum mod 31) mod 31} with weights
     * {@code 3^(i-1) mod 31}.
     *
     * @throws IllegalArgumentException when not 17 characters of {@link #CHARSET}
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) throw new IllegalArgumentException("17 characters expected");
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) throw new IllegalArgumentException("not a GB 32100 character: " + first17.charAt(i));
            sum += v * USCC_WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The GB 11714 check digit of an 8-character organisation-code body (digits 0–9, letters A–Z valued 10–35).
     *
     * @throws IllegalArgumentException when not 8 digits/capital letters
     */
    public static char organisationCodeCheckDigit(CharSequence body8) {
        if (body8.length() != 8) throw new IllegalArgumentException("8 characters expected");
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = body8.charAt(i);
            int v;
            if (ch >= '0' && ch <= '9') v = ch - '0';
            else if (ch >= 'A' && ch <= 'Z') v = ch - 'A' + 10;
            else throw new IllegalArgumentException("not an organisation-code character: " + ch);
            sum += v * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

}
