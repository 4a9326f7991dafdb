package com.guanxi.analysis;

import java.util.HashMap;
import java.util.Map;

/** The ids of a graph's nodes 0..n-1, with a reverse lookup built on first use. Safe to share between threads. */
final class NodeIds {
    private final String[] ids;
    private volatile Map<String, Integer> index;

    NodeIds(String[] ids) {
        this.ids = ids;
    }

    int size() {
        return ids.length;
    }

    String id(int v) {
        return ids[v];
    }

    /** The node of {@code id}, or -1. */
    int indexOf(String id) {
        Map<String, Integer> map = index;
        if (map == null) {
            map = new HashMap<>(Math.max(16, (int) (ids.length / 0.75f) + 1));
            for (int v = 0; v < ids.length; v++) map.put(ids[v], v);
            index = map;
        }
        Integer v = map.get(id);
        return v == null ? -1 : v;
    }
}
