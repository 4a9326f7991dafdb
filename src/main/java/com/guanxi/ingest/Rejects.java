package com.guanxi.ingest;

/** The reject reason codes this package produces, beyond those named in {@link Reject}'s Javadoc. */
public final class Rejects {
    public static final String INVALID_USCC = "invalid_uscc";
    /** Added: a 15-digit registration number (注册号) whose ISO 7064 check digit is wrong. */
    public static final String INVALID_REG_NO = "invalid_reg_no";
    public static final String MISSING_REQUIRED = "missing_required";
    public static final String WRONG_COLUMN_COUNT = "wrong_column_count";
    public static final String INVALID_ENCODING = "invalid_encoding";
    public static final String MALFORMED_JSON = "malformed_json";
    /** Added: the CSV cannot be parsed any further (an unclosed quote running past the parser's 16M-char buffer). */
    public static final String MALFORMED_CSV = "malformed_csv";
    /** Added: guarantees.csv status other than active/released (or their Chinese words). */
    public static final String INVALID_STATUS = "invalid_status";

    /** Longest value quoted in a reject; longer values are cut (a reject must stay small). */
    static final int MAX_VALUE_CHARS = 500;

    private Rejects() {
    }

    static String boundValue(String v) {
        if (v == null || v.length() <= MAX_VALUE_CHARS) return v;
        return v.substring(0, MAX_VALUE_CHARS) + "…(" + v.length() + " characters)";
    }
}
