package com.guanxi.ingest;

import java.math.BigDecimal;

/**
 * A normalised amount: {@code amount} in whole units of {@code currency} (yuan for CNY), never negative;
 * {@code raw} is the text as delivered. A non-CNY amount is converted only with a configured rate.
 */
public record Money(BigDecimal amount, String currency, String raw) {
    public static final String CNY = "CNY";

    public Money {
        if (amount == null || currency == null) throw new IllegalArgumentException("amount and currency are required");
        if (amount.signum() < 0) throw new IllegalArgumentException("negative amount");
    }

    public boolean isCny() {
        return CNY.equals(currency);
    }
}
