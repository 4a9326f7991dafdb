package com.guanxi.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says in words what is wrong with a request body that is not the JSON an endpoint takes — where (field path, line
 * and column) and what was expected — without Java type names or parser internals.
 */
final class JsonProblems {

    private static final int MAX_VALUE = 80;

    private JsonProblems() {
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (message.contains("nesting depth")) return "The request body is nested too deeply.";
            if (message.contains("length")) return "A value in the request body is longer than the service accepts.";
            return "The request body exceeds what the service accepts.";
        }
        if (e instanceof MismatchedInputException m) {
            String field = path(m);
            String expected = expected(m.getTargetType());
            if (m instanceof InvalidFormatException f) {
                return "The request body is not what this endpoint takes: " + where(field) + expected + " expected, not "
                        + quote(String.valueOf(f.getValue())) + ".";
            }
            return "The request body is not what this endpoint takes: " + where(field) + expected + " expected"
                    + location(e.getLocation()) + ".";
        }
        String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
        int source = message.indexOf(" at [Source");
        if (source < 0) source = message.indexOf("\n at [Source");
        if (source >= 0) message = message.substring(0, source);
        message = message.replaceAll("\\s*\\(start marker at.*", "").replaceAll("`[a-zA-Z0-9_.$]+`", "a value");
        return "The request body is not valid JSON: " + abbreviate(message.strip()) + location(e.getLocation()) + ".";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String where(String field) {
        return field.isEmpty() ? "" : "at " + field + ", ";
    }

    /** The expected JSON shape in words: the Java type only ever decides the word, it is never shown. */
    private static String expected(Class<?> type) {
        if (type == null) return "another value";
        if (type == String.class || type == Character.class || type == char.class) return "a string";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != void.class)) return "a number";
        if (Temporal.class.isAssignableFrom(type)) return "a date (yyyy-MM-dd)";
        if (type.isArray() || Collection.class.isAssignableFrom(type)) return "an array";
        if (type.isEnum()) return "one of the allowed words";
        if (Map.class.isAssignableFrom(type)) return "an object";
        return "an object";
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) return "";
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String quote(String value) {
        return "'" + abbreviate(value) + "'";
    }

    private static String abbreviate(String value) {
        return value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
    }
}
