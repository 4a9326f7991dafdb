package com.guanxi.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of decisions, tags and their inputs: ISO dates and instants. Quarkus' default ObjectMapper is
 * configured the same way (JavaTimeModule, no timestamps), so either may be used.
 */
public final class DecisionJson {
    private DecisionJson() {
    }

    /** A new ObjectMapper configured for decisions. */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
