package com.guanxi.webhooks;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential back-off between delivery attempts: after the n-th failed attempt wait {@code base × 2^(n-1)}, never
 * more than {@code max}.
 */
public record Backoff(Duration base, Duration max) {
    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero()) throw new IllegalArgumentException("base delay must be positive");
        if (max.compareTo(base) < 0) throw new IllegalArgumentException("max delay must be at least the base delay");
    }

    /** The wait after failed attempt number {@code attempt} (1, 2, …). */
    public Duration after(int attempt) {
        if (attempt < 1) throw new IllegalArgumentException("attempts count from 1");
        int doublings = Math.min(attempt - 1, 40);
        Duration d = base;
        for (int i = 0; i < doublings && d.compareTo(max) < 0; i++) d = d.multipliedBy(2);
        return d.compareTo(max) > 0 ? max : d;
    }
}
