package com.guanxi.graph;

import java.nio.charset.StandardCharsets;

/**
 * Remembers keys in a fixed number of bits (a Bloom filter): {@link #add} says whether a key may have been added
 * before. "No" is certain; "maybe" is wrong for about 1 key in 2,000 at the planned size. The bulk load uses it to
 * send a key's second and later rows to the transactional writer without holding every key in memory.
 */
final class SeenKeys {

    private static final int HASHES = 11;

    private final long[] bits;
    private final long size;

    /** About 16 bits for each of {@code expected} keys (at least 1 Mbit). */
    SeenKeys(long expected) {
        long wanted = Math.max(1L << 20, expected * 16);
        int words = (int) Math.min(Integer.MAX_VALUE - 8, (wanted + 63) / 64);
        this.bits = new long[words];
        this.size = (long) words * 64;
    }

    /** Adds the key; true when it may have been added before. */
    boolean add(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        long h1 = mix(bytes, 0x9E3779B97F4A7C15L);
        long h2 = mix(bytes, 0xC2B2AE3D27D4EB4FL) | 1;
        boolean seen = true;
        for (int i = 0; i < HASHES; i++) {
            long bit = Math.floorMod(h1 + i * h2, size);
            int word = (int) (bit >>> 6);
            long mask = 1L << (bit & 63);
            if ((bits[word] & mask) == 0) {
                seen = false;
                bits[word] |= mask;
            }
        }
        return seen;
    }

    long bytes() {
        return bits.length * 8L;
    }

    /** 64-bit FNV-1a over the bytes, finished with a murmur3 avalanche. */
    private static long mix(byte[] bytes, long seed) {
        long h = 0xCBF29CE484222325L ^ seed;
        for (byte b : bytes) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
