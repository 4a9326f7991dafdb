package com.guanxi.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money written with Arabic digits in judgment text: {@code 4358万元}, {@code 12,250,000元},
 * {@code 1.2亿元}, {@code 人民币500000元}. Chinese-numeral amounts (叁拾万元) are not read.
 */
public final class AmountParser {
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(亿|万)?\\s*元");
    private static final String[] LABELS = {"借款本金", "本金", "借款", "货款", "利息", "罚息", "案件受理费", "受理费",
            "保全费", "律师费", "违约金", "保证金", "价款", "租金", "工程款", "赔偿", "诉讼费"};

    private final TextNormalizer normalizer;

    public AmountParser(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** The amounts in {@code text}, in order; offsets in the original text. */
    public List<AmountMention> findAll(String text) {
        String f = normalizer.foldText(text);
        List<AmountMention> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(f);
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            if ("万".equals(m.group(3))) v = v.multiply(BigDecimal.valueOf(10_000));
            else if ("亿".equals(m.group(3))) v = v.multiply(BigDecimal.valueOf(100_000_000));
            out.add(new AmountMention(v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros(),
                    text.substring(m.start(), m.end()), m.start(), m.end(), label(f, m.start())));
        }
        return out;
    }

    /** The amount keyword ending nearest before {@code at}, within 12 characters; the longer one on a tie. */
    private static String label(String f, int at) {
        String window = f.substring(Math.max(0, at - 12), at);
        String best = null;
        int bestEnd = -1;
        for (String l : LABELS) {
            int p = window.lastIndexOf(l);
            if (p < 0) continue;
            int end = p + l.length();
            if (end > bestEnd || end == bestEnd && l.length() > best.length()) {
                bestEnd = end;
                best = l;
            }
        }
        return best;
    }
}
