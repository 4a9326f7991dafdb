package com.guanxi.analysis;

import com.guanxi.ingest.Money;
import com.guanxi.ingest.Normalizer;
import com.guanxi.ingest.Parsed;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/** The sample's values through the import's own normaliser (the rows read here are the ones the import loads). */
final class SampleValues {

    private SampleValues() {
    }

    /** Null for a blank value. */
    static Money amount(String raw) {
        return value(Normalizer.amount(raw), raw);
    }

    /** A fraction in 0..1; a bare number above 1 is a percentage. Null for a blank value. */
    static BigDecimal ratio(String raw) {
        return value(Normalizer.ratio(raw), raw);
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, MathContext.DECIMAL64);
    }

    /** Null for a blank value. */
    static LocalDate date(String raw) {
        return value(Normalizer.date(raw), raw);
    }

    private static <T> T value(Parsed<T> parsed, String raw) {
        if (parsed.isBlank()) return null;
        if (!parsed.ok()) throw new IllegalArgumentException(parsed.reason() + ": " + raw);
        return parsed.value();
    }
}
