package com.guanxi.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Numeric path and query parameters that are not numbers (depth=abc, limit=1e9, limit=99999999999) are a bad
 * request naming the parameter (400 problem+json), not the 404 JAX-RS answers by default as if the route did not
 * exist.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) return null;
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Whole<>(name, Integer::valueOf, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Whole<>(name, Long::valueOf, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        if (annotations == null) return null;
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) return q.value();
            if (a instanceof PathParam p) return p.value();
        }
        return null;
    }

    private record Whole<N extends Number>(String name, Function<String, N> parse, long min, long max)
            implements ParamConverter<N> {
        @Override
        public N fromString(String value) {
            if (value == null) return null;
            try {
                return parse.apply(value.strip());
            } catch (NumberFormatException e) {
                String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
                throw new BadRequestException(name + " must be a whole number between " + min + " and " + max
                        + ", not '" + shown + "'");
            }
        }

        @Override
        public String toString(N value) {
            return String.valueOf(value);
        }
    }
}
