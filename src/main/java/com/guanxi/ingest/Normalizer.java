package com.guanxi.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises values as real sources deliver them (shared/contracts/import-format.md, "Values come as real sources
 * deliver them"): full-width → half-width (NFKC), bracket and whitespace unification, amounts, ratios, dates and case
 * numbers. Pure, stateless, thread-safe; every method is O(length of the value).
 *
 * <p>Values that mean "not delivered" ({@code N/A}, {@code NA}, {@code -}, {@code --}, {@code —}, {@code /}) give a
 * blank result. Spreadsheet errors such as {@code #N/A} or {@code #VALUE!} are <em>not</em> blank: they say the
 * source broke the value, and the row is rejected (truth.json: shareholders.csv line 149 {@code #N/A} →
 * unparseable_ratio).
 */
public final class Normalizer {

    public static final String UNPARSEABLE_AMOUNT = "unparseable_amount";
    public static final String NEGATIVE_AMOUNT = "negative_amount";
    public static final String UNPARSEABLE_RATIO = "unparseable_ratio";
    public static final String RATIO_OUT_OF_RANGE = "ratio_out_of_range";
    public static final String UNPARSEABLE_DATE = "unparseable_date";

    private static final Set<String> NOT_DELIVERED = Set.of("N/A", "NA", "-", "--", "—", "——", "/");

    private Normalizer() {
    }

    // ---------------------------------------------------------------- text

    /**
     * NFKC (full-width letters, digits and punctuation → half-width; U+3000 → space), every bracket form
     * (（）〔〕［］【】〖〗｛｝) → {@code ( )}, zero-width characters removed, whitespace runs → one space, trimmed.
     * Null or nothing left → null.
     */
    public static String text(String raw) {
        if (raw == null) return null;
        return alreadyText(raw) ? raw : textByChar(raw);
    }

    /** {@link #text} char by char, for any input. */
    static String textByChar(String raw) {
        String s = nfkcStable(raw) ? raw : java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\u200B' || ch == '\u200C' || ch == '\u200D' || ch == '\u2060' || ch == '\uFEFF') continue;
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                pendingSpace = b.length() > 0;
                continue;
            }
            if (pendingSpace) {
                b.append(' ');
                pendingSpace = false;
            }
            b.append(unifyBracket(ch));
        }
        return b.length() == 0 ? null : b.toString();
    }

    /**
     * True when {@link #text} would return {@code s} as it is: printable ASCII but for square and curly brackets, CJK
     * ideographs, and single spaces between them — most names, USCCs and amounts, which then need no copy.
     */
    private static boolean alreadyText(String s) {
        int n = s.length();
        if (n == 0) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F) {
                if (c == '[' || c == ']' || c == '{' || c == '}') return false;
            } else if (c == ' ') {
                if (i == 0 || i == n - 1 || s.charAt(i - 1) == ' ') return false;
            } else if (c < 0x4E00 || c > 0x9FFF) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when NFKC leaves {@code s} as it is because it holds only ASCII and CJK Unified Ideographs (U+4E00–U+9FFF,
     * none of which decomposes or composes): most names and addresses, which then skip the normaliser's own pass.
     */
    static boolean nfkcStable(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF)) return false;
        }
        return true;
    }

    /**
     * A name for comparison: {@link #text} and then spaces removed except between two half-width (Latin) characters,
     * so "西安市龙盛骏置业 有限公司" and "成都市  拓合信息技术有限责任公司" lose their spaces while
     * "Sino Star Capital Pte. Ltd." keeps its own. Records keep names as delivered; this is for matching.
     */
    public static String name(String raw) {
        String t = text(raw);
        if (t == null || t.indexOf(' ') < 0) return t;
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == ' ' && !(t.charAt(i - 1) < 0x80 && t.charAt(i + 1) < 0x80)) continue;
            b.append(ch);
        }
        return b.toString();
    }

    /** 案号: {@link #text}, half-width brackets, no spaces: {@code （2021）京0105民初12345号} → {@code (2021)京0105民初12345号}. */
    public static String caseNumber(String raw) {
        String t = text(raw);
        return t == null ? null : t.replace(" ", "");
    }

    /** True for null, blank, or a token that means "not delivered" (N/A, -, —, …). */
    public static boolean isNotDelivered(String raw) {
        String t = text(raw);
        return t == null || NOT_DELIVERED.contains(t.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    private static char unifyBracket(char ch) {
        return switch (ch) {
            case '[', '〔', '【', '〖', '{', '⦅', '〘' -> '(';
            case ']', '〕', '】', '〗', '}', '⦆', '〙' -> ')';
            default -> ch;
        };
    }

    // ---------------------------------------------------------------- amounts

    private static final Pattern AMOUNT = Pattern.compile(
            "([+-]?)(RMB|CNY|USD|US\\$|HKD|HK\\$|EUR|JPY|GBP|¥|\\$|€|£|人民币)?([+-]?)"
                    + "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(.*)");

    private static final Map<String, String> PREFIX_CURRENCY = Map.ofEntries(
            Map.entry("RMB", "CNY"), Map.entry("CNY", "CNY"), Map.entry("¥", "CNY"), Map.entry("人民币", "CNY"),
            Map.entry("USD", "USD"), Map.entry("US$", "USD"), Map.entry("$", "USD"),
            Map.entry("HKD", "HKD"), Map.entry("HK$", "HKD"), Map.entry("EUR", "EUR"), Map.entry("€", "EUR"),
            Map.entry("JPY", "JPY"), Map.entry("GBP", "GBP"), Map.entry("£", "GBP"));

    /** Magnitude words, longest first so that 千万 wins over 千. */
    private static final List<Map.Entry<String, Integer>> MAGNITUDES = List.of(
            Map.entry("千万", 7), Map.entry("百万", 6), Map.entry("万", 4), Map.entry("亿", 8), Map.entry("千", 3));

    /** Currency words after the magnitude; "" means the bare unit, i.e. yuan. */
    private static final Map<String, String> SUFFIX_CURRENCY = Map.ofEntries(
            Map.entry("", "CNY"), Map.entry("元", "CNY"), Map.entry("人民币", "CNY"), Map.entry("元人民币", "CNY"),
            Map.entry("人民币元", "CNY"), Map.entry("RMB", "CNY"), Map.entry("CNY", "CNY"), Map.entry("元RMB", "CNY"),
            Map.entry("美元", "USD"), Map.entry("元美元", "USD"), Map.entry("美金", "USD"), Map.entry("USD", "USD"),
            Map.entry("港元", "HKD"), Map.entry("香港元", "HKD"), Map.entry("港币", "HKD"), Map.entry("元港币", "HKD"),
            Map.entry("港币元", "HKD"), Map.entry("HKD", "HKD"),
            Map.entry("日元", "JPY"), Map.entry("元日元", "JPY"), Map.entry("JPY", "JPY"),
            Map.entry("欧元", "EUR"), Map.entry("元欧元", "EUR"), Map.entry("EUR", "EUR"),
            Map.entry("英镑", "GBP"), Map.entry("GBP", "GBP"));

    /**
     * An amount → {@link Money} in whole units of its currency (yuan for CNY; a non-CNY amount keeps its currency).
     * Accepts thousands separators ({@code 1,200,000}), decimals, magnitudes 千/万/百万/千万/亿, currency words before
     * or after ({@code 500万美元}, {@code 人民币1000万元}, {@code USD 5m} is not accepted), and the unit in (possibly
     * nested) brackets as registries print it ({@code 100(万元人民币)}, {@code 1,000(万元(港币))}, {@code 36(万香港元)}).
     * Empty brackets ({@code 36()}) are unparseable: the unit is missing, and guessing 万元 would be off by 10⁴ when
     * wrong. Negative amounts give {@value #NEGATIVE_AMOUNT}.
     */
    public static Parsed<Money> amount(String raw) {
        if (isNotDelivered(raw)) return Parsed.blank();
        String s = text(raw).replace(" ", "").toUpperCase(Locale.ROOT);
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            return Parsed.failure(UNPARSEABLE_AMOUNT, "not an amount: '" + shorten(raw) + "'");
        }
        if (!m.group(1).isEmpty() && !m.group(3).isEmpty()) {
            return Parsed.failure(UNPARSEABLE_AMOUNT, "two signs in '" + shorten(raw) + "'");
        }
        boolean negative = "-".equals(m.group(1)) || "-".equals(m.group(3));
        String prefixCurrency = m.group(2) == null ? null : PREFIX_CURRENCY.get(m.group(2));
        String unit = m.group(6);
        boolean bracketed = unit.indexOf('(') >= 0 || unit.indexOf(')') >= 0;
        if (bracketed) {
            if (!balanced(unit)) return Parsed.failure(UNPARSEABLE_AMOUNT, "unbalanced brackets in '" + shorten(raw) + "'");
            unit = unit.replace("(", "").replace(")", "");
            if (unit.isEmpty()) {
                return Parsed.failure(UNPARSEABLE_AMOUNT, "unit missing: empty brackets in '" + shorten(raw) + "'");
            }
        }
        int exponent = 0;
        for (Map.Entry<String, Integer> mag : MAGNITUDES) {
            if (unit.startsWith(mag.getKey())) {
                exponent = mag.getValue();
                unit = unit.substring(mag.getKey().length());
                break;
            }
        }
        String suffixCurrency = SUFFIX_CURRENCY.get(unit);
        if (suffixCurrency == null) {
            return Parsed.failure(UNPARSEABLE_AMOUNT, "unknown unit '" + shorten(m.group(6)) + "' in '" + shorten(raw) + "'");
        }
        String currency = suffixCurrency;
        if (prefixCurrency != null) {
            boolean suffixSaysCurrency = !unit.isEmpty() && !unit.equals("元");
            if (suffixSaysCurrency && !prefixCurrency.equals(suffixCurrency)) {
                return Parsed.failure(UNPARSEABLE_AMOUNT, "two currencies in '" + shorten(raw) + "'");
            }
            currency = prefixCurrency;
        }
        String digits = m.group(4).replace(",", "") + (m.group(5) == null ? "" : "." + m.group(5));
        BigDecimal value = new BigDecimal(digits).movePointRight(exponent);
        if (negative && value.signum() != 0) {
            return Parsed.failure(NEGATIVE_AMOUNT, "negative amount '" + shorten(raw) + "'");
        }
        return Parsed.of(new Money(plain(value), currency, raw));
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') depth++;
            else if (s.charAt(i) == ')' && --depth < 0) return false;
        }
        return depth == 0;
    }

    // ---------------------------------------------------------------- ratios

    private static final Pattern RATIO = Pattern.compile("[+-]?(\\d+(?:\\.\\d*)?|\\.\\d+)(%?)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * A holding ratio → a fraction in [0, 1]: {@code 51%}, {@code 51.00%}, {@code 0.51}, {@code 51} all give 0.51.
     * A bare number above 1 is a percentage (import-format.md), so {@code 1} is 100% and {@code 2.46} is 2.46%.
     * Outside [0, 1] after that → {@value #RATIO_OUT_OF_RANGE}; not a number → {@value #UNPARSEABLE_RATIO}.
     */
    public static Parsed<BigDecimal> ratio(String raw) {
        if (isNotDelivered(raw)) return Parsed.blank();
        String s = text(raw).replace(" ", "");
        if (!RATIO.matcher(s).matches()) {
            return Parsed.failure(UNPARSEABLE_RATIO, "not a ratio: '" + shorten(raw) + "'");
        }
        boolean percent = s.endsWith("%");
        BigDecimal v = new BigDecimal(percent ? s.substring(0, s.length() - 1) : s);
        if (percent || v.compareTo(BigDecimal.ONE) > 0) v = v.divide(HUNDRED);
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            return Parsed.failure(RATIO_OUT_OF_RANGE, "ratio '" + shorten(raw) + "' is outside 0..100%");
        }
        return Parsed.of(plain(v));
    }

    // ---------------------------------------------------------------- dates

    private static final Pattern DATE_SEPARATED = Pattern.compile(
            "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)?");
    private static final Pattern DATE_CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern DATE_COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    /**
     * A date → {@link LocalDate}: {@code 2021-03-05}, {@code 2021/3/5}, {@code 2021.3.5}, {@code 2021年3月5日},
     * {@code 20210305}, optionally followed by a time of day (dropped). A day that does not exist
     * ({@code 2019-02-30}, {@code 20251301}) → {@value #UNPARSEABLE_DATE}.
     */
    public static Parsed<LocalDate> date(String raw) {
        if (isNotDelivered(raw)) return Parsed.blank();
        String s = text(raw).replace(" 年", "年").replace("年 ", "年").replace(" 月", "月").replace("月 ", "月")
                .replace(" 日", "日");
        Matcher m;
        int y;
        int mo;
        int d;
        if ((m = DATE_SEPARATED.matcher(s)).matches()) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(3));
            d = Integer.parseInt(m.group(4));
        } else if ((m = DATE_CHINESE.matcher(s)).matches() || (m = DATE_COMPACT.matcher(s)).matches()) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            d = Integer.parseInt(m.group(3));
        } else {
            return Parsed.failure(UNPARSEABLE_DATE, "not a date: '" + shorten(raw) + "'");
        }
        try {
            return Parsed.of(LocalDate.of(y, mo, d));
        } catch (DateTimeException e) {
            return Parsed.failure(UNPARSEABLE_DATE, "no such day: '" + shorten(raw) + "'");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Bounds a value quoted in a message (a 100,000-character field must not become a 100,000-character detail). */
    static String shorten(String s) {
        if (s == null) return null;
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }
}
