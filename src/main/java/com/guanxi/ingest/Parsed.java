package com.guanxi.ingest;

/**
 * Outcome of normalising one value: a value, "not delivered" (blank: value and reason null), or a failure with a
 * stable reject reason code (see {@link Reject}) and a human detail.
 */
public record Parsed<T>(T value, String reason, String detail) {

    public Parsed {
        if (value != null && reason != null) throw new IllegalArgumentException("a value cannot also be a failure");
        if ((reason == null) != (detail == null)) throw new IllegalArgumentException("a failure needs a detail");
    }

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(value, null, null);
    }

    public static <T> Parsed<T> blank() {
        return new Parsed<>(null, null, null);
    }

    public static <T> Parsed<T> failure(String reason, String detail) {
        return new Parsed<>(null, reason, detail);
    }

    public boolean ok() {
        return reason == null;
    }

    public boolean isBlank() {
        return reason == null && value == null;
    }
}
