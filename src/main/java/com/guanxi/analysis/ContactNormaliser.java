package com.guanxi.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Canonical forms of registry contacts, so that the same address, phone or email delivered with different widths,
 * spacing or punctuation compares equal. Each method returns null when nothing usable remains.
 */
public final class ContactNormaliser {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ContactNormaliser() {
    }

    public static String normalise(ContactType type, String raw) {
        return switch (type) {
            case ADDRESS -> address(raw);
            case PHONE -> phone(raw);
            case EMAIL -> email(raw);
        };
    }

    /** NFKC (full-width digits, letters and brackets to half-width) without any whitespace. */
    public static String address(String raw) {
        if (raw == null) return null;
        String s = WHITESPACE.matcher(nfkc(raw)).replaceAll("");
        return s.isEmpty() ? null : s;
    }

    /**
     * Digits only, without a +86 / 0086 country prefix in front of an 11-digit mobile number; null below 7 digits
     * (not a phone number).
     */
    public static String phone(String raw) {
        if (raw == null) return null;
        String s = nfkc(raw);
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') kept.append(c);
        }
        String digits = kept.toString();
        if (digits.startsWith("0086") && digits.length() == 15) digits = digits.substring(4);
        if (digits.startsWith("86") && digits.length() == 13 && digits.charAt(2) == '1') digits = digits.substring(2);
        return digits.length() < 7 ? null : digits;
    }

    /** NFKC, no whitespace, lower case; null without an '@'. */
    public static String email(String raw) {
        if (raw == null) return null;
        String s = WHITESPACE.matcher(nfkc(raw)).replaceAll("").toLowerCase(Locale.ROOT);
        return s.indexOf('@') > 0 ? s : null;
    }

    /** NFKC; pure ASCII (most phones and emails) is already in that form and skips the normaliser. */
    private static String nfkc(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) >= 0x80) return Normalizer.normalize(raw, Normalizer.Form.NFKC);
        }
        return raw;
    }
}
