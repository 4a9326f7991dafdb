package com.guanxi.analysis;

import java.util.Arrays;
import java.util.HashMap;

/** Interns string ids to dense ints 0..size-1, so the algorithms run on int arrays instead of objects. */
final class IdIndex {
    private final HashMap<String, Integer> index;
    private String[] ids;
    private int size;

    IdIndex(int expected) {
        index = new HashMap<>(Math.max(16, (int) (expected / 0.75f) + 1));
        ids = new String[Math.max(16, expected)];
    }

    int intern(String id) {
        Integer known = index.get(id);
        if (known != null) return known;
        if (size == ids.length) ids = Arrays.copyOf(ids, size * 2);
        ids[size] = id;
        index.put(id, size);
        return size++;
    }

    int indexOf(String id) {
        Integer known = index.get(id);
        return known == null ? -1 : known;
    }

    String id(int i) {
        return ids[i];
    }

    int size() {
        return size;
    }
}
