package com.guanxi.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The sample's expected results (shared/samples/small/truth.json), parsed once. */
public final class Truth {
    private static JsonNode truth;

    private Truth() {
    }

    public static synchronized JsonNode get() {
        if (truth == null) {
            try {
                truth = new ObjectMapper().readTree(SharedData.samplesSmall().resolve("truth.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return truth;
    }
}
