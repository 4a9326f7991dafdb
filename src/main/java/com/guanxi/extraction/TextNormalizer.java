package com.guanxi.extraction;

import java.text.Normalizer;
import java.util.Map;

/**
 * Folds Chinese text for matching: NFKC per character (full-width letters, digits and punctuation become
 * half-width), every bracket kind becomes {@code (} / {@code )}, quotation marks become {@code "}, the ideographic
 * space a space, and traditional characters their simplified form (from the t2s dictionary).
 * <p>
 * {@link #foldText} keeps the length, so offsets found in folded text are offsets in the original text;
 * {@link #normalizeName} also drops spaces, dots and quotes, for comparing names. Both cost O(n).
 */
public final class TextNormalizer {
    private final char[] table = new char[Character.MAX_VALUE + 1];

    /** @param traditionalToSimplified one character to one character */
    public TextNormalizer(Map<Character, Character> traditionalToSimplified) {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            table[c] = (char) (c - 0xFEE0);
        }
        // compatibility ideographs and other single-character NFKC folds; skip surrogates and multi-char results
        for (int c = 0x2000; c <= 0xFFEF; c++) {
            if (Character.isSurrogate((char) c) || (c >= 0xFF01 && c <= 0xFF5E)) continue;
            String s = String.valueOf((char) c);
            String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
            if (n.length() == 1 && n.charAt(0) != c) table[c] = n.charAt(0);
        }
        table['\u3000'] = ' ';
        table['\u00A0'] = ' ';
        for (char c : "（【〔［〖〘｛[{".toCharArray()) table[c] = '(';
        for (char c : "）】〕］〗〙｝]}".toCharArray()) table[c] = ')';
        for (char c : "“”„‟″「」『』＂".toCharArray()) table[c] = '"';
        for (char c : "‘’‚‛′＇".toCharArray()) table[c] = '\'';
        table['：'] = ':';
        table['，'] = ',';
        table['；'] = ';';
        table['！'] = '!';
        table['？'] = '?';
        table['﹒'] = '.';
        table['．'] = '.';
        table['－'] = '-';
        table['—'] = '-';
        for (Map.Entry<Character, Character> e : traditionalToSimplified.entrySet()) {
            table[e.getKey()] = e.getValue();
        }
        // the t2s map may target a character that itself folds (rare): apply the width folds once more
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char t = table[c];
            if (t != c && table[t] != t) table[c] = table[t];
        }
    }

    /** One character folded (width, brackets, quotes, traditional to simplified). */
    public char fold(char c) {
        return table[c];
    }

    /** The text folded character by character; the result has the same length as the input. */
    public String foldText(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) out[i] = table[out[i]];
        return new String(out);
    }

    /**
     * The comparison form of a name: folded, without whitespace, zero-width characters, middle dots and quotes,
     * ASCII letters upper-cased. {@code 联想 （北京） 有限公司} and {@code 联想(北京)有限公司} give the same result.
     */
    public String normalizeName(String name) {
        if (name == null) return "";
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = table[name.charAt(i)];
            if (Character.isWhitespace(c) || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF'
                    || c == '·' || c == '•' || c == '・' || c == '"' || c == '\'') {
                continue;
            }
            if (c >= 'a' && c <= 'z') c = (char) (c - 32);
            sb.append(c);
        }
        return sb.toString();
    }

    /** A person's name in comparison form: {@link #normalizeName} (so {@code 毛 淑凤} equals {@code 毛淑凤}). */
    public String normalizePersonName(String name) {
        return normalizeName(name);
    }
}
