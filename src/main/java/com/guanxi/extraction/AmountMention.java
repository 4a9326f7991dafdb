package com.guanxi.extraction;

import java.math.BigDecimal;

/**
 * An amount of money in the text, in yuan ({@code 4358万元} → 43 580 000). {@code label} is the nearest preceding
 * keyword (借款本金, 货款, 案件受理费, 利息 …) or null.
 */
public record AmountMention(BigDecimal yuan, String raw, int start, int end, String label) {
    public AmountMention {
        if (yuan == null || yuan.signum() < 0) throw new IllegalArgumentException("amount must be present and not negative");
    }
}
