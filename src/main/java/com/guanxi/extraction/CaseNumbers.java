package com.guanxi.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case numbers (案号) such as {@code （2022）苏0505民初1856号}: normalised with half-width brackets, half-width
 * digits and no spaces, {@code (2022)苏0505民初1856号}, as truth.json's caseNoNormalized and
 * {@link com.guanxi.ingest.JudgmentRecord#caseNoNormalized()}.
 */
public final class CaseNumbers {
    /** (year) court-code type number 号, after folding. */
    static final Pattern CASE_NO = Pattern.compile(
            "\\(\\s*((?:19|20)\\d{2})\\s*\\)\\s*([\\u4e00-\\u9fff]{1,4}\\s*\\d{0,6}\\s*[\\u4e00-\\u9fff]{1,8}\\s*(?:字\\s*第?\\s*)?\\d{1,7}\\s*(?:-\\d+)?\\s*号(?:之[一二三四五六七八九十])?)");

    private final TextNormalizer normalizer;

    public CaseNumbers(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** The normalised form of one case number, or null when {@code raw} is blank. */
    public String normalize(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String folded = normalizer.foldText(raw.strip());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c)) sb.append(c);
        }
        return sb.toString();
    }

    /** Every case number in a text, normalised, in order, without repeats. */
    public List<String> findAll(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CASE_NO.matcher(normalizer.foldText(text));
        while (m.find()) {
            String n = normalize(m.group());
            if (!out.contains(n)) out.add(n);
        }
        return out;
    }
}
