package com.guanxi.graph;

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

    /**
     * Adds the key made of {@code parts} (a kind, then the values that identify a row of it; null is a value too);
     * true when it may have been added before. The parts are hashed as they are, not joined into one string first:
     * the bulk load asks for every one of millions of rows.
     */
    boolean add(String... parts) {
        long h = 0xCBF29CE484222325L;
        for (String part : parts) {
            if (part == null) {
                h = (h ^ 0x10001) * 0x100000001B3L;
                continue;
            }
            for (int i = 0, n = part.length(); i < n; i++) {
                h = (h ^ part.charAt(i)) * 0x100000001B3L;
            }
            // A separator, so that ("ab", "c") and ("a", "bc") differ.
            h = (h ^ 0x10000) * 0x100000001B3L;
        }
        // Two hashes for double hashing, both from the one FNV-1a pass, each through the avalanche.
        long h1 = avalanche(h);
        long h2 = avalanche(h ^ 0x9E3779B97F4A7C15L) | 1;
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

    /** The murmur3 finaliser: every bit of the FNV-1a hash moves every bit of the result. */
    private static long avalanche(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
