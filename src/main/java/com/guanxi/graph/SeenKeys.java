package com.guanxi.graph;

/**
 * Remembers keys in a fixed number of bits (a Bloom filter): {@link #add} says whether a key may have been added
 * before. "No" is certain; "maybe" is wrong for about 1 key in 5,000 at the planned size. The bulk load uses it to
 * send a key's second and later rows to the transactional writer without holding every key in memory.
 *
 * <p>Blocked: a key's bits all lie in one block of 512 bits (a cache line), so a key costs one memory access instead
 * of one per bit — with 11 bits a key spread over the whole filter (32 MB at a million companies), the bulk load's
 * file writer spent 15 % of its time waiting on them. Blocks fill unevenly, so it takes 20 bits a key to be as exact
 * as an unblocked filter with 16: 0.019 % of new keys taken for repeats at the planned size.
 */
final class SeenKeys {

    private static final int HASHES = 11;
    private static final int BLOCK_WORDS = 8;

    private final long[] bits;
    private final long blocks;

    /** About 20 bits for each of {@code expected} keys (at least 1 Mbit). */
    SeenKeys(long expected) {
        long wanted = Math.max(1L << 20, expected * 20);
        long blockCount = Math.min((Integer.MAX_VALUE - 64) / BLOCK_WORDS, (wanted + 511) / 512);
        this.bits = new long[(int) blockCount * BLOCK_WORDS];
        this.blocks = blockCount;
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
        // From the one FNV-1a pass, each through the avalanche: the block, then 9 bits for each bit in the block
        // (seven from one hash, four from another).
        int base = (int) Math.floorMod(avalanche(h), blocks) * BLOCK_WORDS;
        long positions = avalanche(h ^ 0x9E3779B97F4A7C15L);
        boolean seen = true;
        for (int i = 0; i < HASHES; i++) {
            if (i == 7) positions = avalanche(h + 0xC2B2AE3D27D4EB4FL);
            int bit = (int) (positions & 511);
            positions >>>= 9;
            int word = base + (bit >>> 6);
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
