package com.guanxi.graph;

import java.util.HashMap;
import java.util.Map;

/** One node to upsert: its stable id, the properties to set, and a fingerprint of its facts (for history). */
public record NodeWrite(String id, Map<String, Object> props, String fingerprint) implements java.io.Serializable {
    public NodeWrite {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("node id is required");
        props = props == null ? Map.of() : props;
    }

    Map<String, Object> asParameter() {
        return fingerprint == null ? Map.of("id", id, "props", props)
                : Map.of("id", id, "props", props, "fingerprint", fingerprint);
    }

    /** For a node that does not exist yet: properties without a value (or an empty list) are left out. */
    Map<String, Object> asCreateParameter() {
        Map<String, Object> m = new HashMap<>(4);
        m.put("id", id);
        m.put("props", withValues(props));
        m.put("fingerprint", fingerprint);
        return m;
    }

    static Map<String, Object> withValues(Map<String, Object> props) {
        Map<String, Object> out = new HashMap<>(props.size() * 2);
        props.forEach((k, v) -> {
            if (!absent(v)) out.put(k, v);
        });
        return out;
    }

    /** No value, or an empty list: no property (what a created node leaves out, and the bulk load too). */
    static boolean absent(Object value) {
        return value == null || value instanceof java.util.List<?> list && list.isEmpty();
    }
}
