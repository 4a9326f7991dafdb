package com.guanxi.graph;

import java.util.HashMap;
import java.util.Map;

/**
 * One relationship to upsert between two existing nodes. {@code key} distinguishes parallel relationships of one
 * type (contract key, position, role); null where one relationship per pair is meant.
 */
public record EdgeWrite(String from, String to, String key, Map<String, Object> props, String fingerprint)
        implements java.io.Serializable {
    public EdgeWrite {
        if (from == null || to == null) throw new IllegalArgumentException("both ends are required");
        props = props == null ? Map.of() : props;
    }

    Map<String, Object> asParameter() {
        Map<String, Object> m = new HashMap<>(8);
        m.put("from", from);
        m.put("to", to);
        m.put("key", key);
        m.put("props", props);
        m.put("fingerprint", fingerprint);
        return m;
    }

    /** For a relationship that does not exist yet, between two nodes found in this transaction (element ids). */
    Map<String, Object> asCreateParameter(String fromElement, String toElement) {
        Map<String, Object> m = new HashMap<>(8);
        m.put("from", fromElement);
        m.put("to", toElement);
        m.put("key", key);
        m.put("props", NodeWrite.withValues(props));
        m.put("fingerprint", fingerprint);
        return m;
    }

    /** For a relationship found in this transaction (element id). */
    Map<String, Object> asUpdateParameter(String relElement) {
        Map<String, Object> m = new HashMap<>(4);
        m.put("rel", relElement);
        m.put("props", props);
        m.put("fingerprint", fingerprint);
        return m;
    }
}
