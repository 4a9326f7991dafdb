package com.guanxi.resolution;

import java.util.Arrays;

/**
 * Posting lists keyed by 64-bit key hashes: open addressing for keys, chained int entries for values.
 * Memory about 20 bytes per key slot plus 8 per posting, so a registry of a million companies with ~12
 * blocking keys each fits in a few hundred MB. put is amortised O(1); a lookup is O(postings).
 */
final class LongMultimap {
    private long[] keys;
    private int[] heads;
    private int[] counts;
    private int usedKeys;
    private int[] next;
    private int[] values;
    private int entries;

    LongMultimap(int expectedKeys) {
        int cap = Integer.highestOneBit(Math.max(16, expectedKeys * 2) - 1) << 1;
        keys = new long[cap];
        heads = new int[cap];
        counts = new int[cap];
        Arrays.fill(heads, -1);
        next = new int[Math.max(16, expectedKeys)];
        values = new int[next.length];
    }

    /** Adds a posting; adding the same value twice in a row for a key keeps one. */
    void put(long key, int value) {
        if (key == 0) key = 1;
        if ((usedKeys + 1) * 2 > keys.length) grow();
        int slot = slot(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            usedKeys++;
        } else if (heads[slot] >= 0 && values[heads[slot]] == value) {
            return;
        }
        if (entries == next.length) {
            next = Arrays.copyOf(next, entries * 2);
            values = Arrays.copyOf(values, entries * 2);
        }
        values[entries] = value;
        next[entries] = heads[slot];
        heads[slot] = entries++;
        counts[slot]++;
    }

    /** Number of postings for the key. */
    int count(long key) {
        if (key == 0) key = 1;
        int slot = slot(key);
        return keys[slot] == 0 ? 0 : counts[slot];
    }

    /** Calls {@code sink} for each posting of the key, unless there are more than {@code maxPostings}. */
    void forEach(long key, int maxPostings, java.util.function.IntConsumer sink) {
        if (key == 0) key = 1;
        int slot = slot(key);
        if (keys[slot] == 0 || counts[slot] > maxPostings) return;
        for (int e = heads[slot]; e >= 0; e = next[e]) sink.accept(values[e]);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] ok = keys;
        int[] oh = heads;
        int[] oc = counts;
        keys = new long[ok.length * 2];
        heads = new int[ok.length * 2];
        counts = new int[ok.length * 2];
        Arrays.fill(heads, -1);
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] == 0) continue;
            int s = slot(ok[i]);
            keys[s] = ok[i];
            heads[s] = oh[i];
            counts[s] = oc[i];
        }
    }

    /** 64-bit hash of a blocking key (FNV-1a with a final avalanche). */
    static long hash(String type, String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < type.length(); i++) h = (h ^ type.charAt(i)) * 0x100000001b3L;
        h = (h ^ 0x1F) * 0x100000001b3L;
        for (int i = 0; i < value.length(); i++) h = (h ^ value.charAt(i)) * 0x100000001b3L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
