package com.guanxi.graph;

import java.util.Map;

/** One node to upsert: its stable id, the properties to set, and a fingerprint of its facts (for history). */
public record NodeWrite(String id, Map<String, Object> props, String fingerprint) {
    public NodeWrite {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("node id is required");
        props = props == null ? Map.of() : props;
    }

    Map<String, Object> asParameter() {
        return fingerprint == null ? Map.of("id", id, "props", props)
                : Map.of("id", id, "props", props, "fingerprint", fingerprint);
    }
}
