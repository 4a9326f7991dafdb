package com.guanxi.tags;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep-copies evidence and feature values into immutable JSON-like data: {@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, {@code null}, {@code List} and {@code Map<String, ?>}.
 *
 * <p>Why: a tag or decision must compare equal to itself after a JSON round trip (Jackson reads small
 * integers back as {@code Integer} and decimals as {@code Double}), and the expression engine only
 * knows 64-bit integers and doubles. Dates and other scalars become their ISO / {@code toString} text.
 */
public final class PlainData {
    private PlainData() {
    }

    /** Frozen copy of a string-keyed map, insertion order kept; {@code null} gives an empty map. */
    public static Map<String, Object> freezeMap(Map<String, ?> map) {
        if (map == null || map.isEmpty()) return Map.of();
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k == null) throw new IllegalArgumentException("null key in " + map);
            copy.put(k, freeze(v));
        });
        return Collections.unmodifiableMap(copy);
    }

    /** Frozen, normalised copy of one value (see the class comment for the value model). */
    public static Object freeze(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean
                || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big.longValueExact();
        }
        if (value instanceof BigDecimal dec) {
            return dec.doubleValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof Iterable<?> items) {
            List<Object> copy = new ArrayList<>();
            items.forEach(v -> copy.add(freeze(v)));
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Object[] items) {
            return freeze(java.util.Arrays.asList(items));
        }
        if (value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof CharSequence) {
            return value.toString();
        }
        throw new IllegalArgumentException("unsupported evidence/feature value of type "
                + value.getClass().getSimpleName() + ": " + value);
    }
}
