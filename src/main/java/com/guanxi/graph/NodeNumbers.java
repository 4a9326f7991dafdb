package com.guanxi.graph;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Gives every node key of a bulk load a number, 0, 1, 2… in order of first sight, so that the offline importer can
 * take the numbers as node ids ({@code --id-type=actual}) instead of mapping string ids itself: its mapping looks up
 * both ends of every relationship by binary search over a sorted index, two cache misses a step, and that was 28 % of
 * the importer's time at a million companies (relationship import 55 s → 20 s without it).
 *
 * <p>Exact, not hashed: the keys are kept, as UTF-8 in 1 MB pages (5.6 million keys: 130 MB of pages, 67 MB of table at
 * most 3/4 full, 32 MB of offsets). A key lives in a space (entities, cases) of its own.
 */
final class NodeNumbers {

    private static final int PAGE_BITS = 20;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;

    /**
     * Each slot: the key's full hash in the high half, its number + 1 in the low half (0: empty) — one memory access
     * a probe; open addressing, linear probing.
     */
    private long[] slots = new long[1 << 16];
    /** Where each number's key starts: page index << PAGE_BITS | offset in the page (2 GB of keys at most). */
    private int[] keyAt = new int[1 << 14];
    private byte[][] pages = new byte[16][];
    private int pageCount;
    private int pageUsed = PAGE_SIZE;
    private int count;
    /**
     * The last keys asked, by their String hash: rows come grouped (a company's shareholders, its legal
     * representative after it), so most ends were asked just before and are answered without touching the table.
     */
    private final String[] recentKeys = new String[RECENT];
    private final int[] recentNumbers = new int[RECENT];
    private static final int RECENT = 64;

    /** The number of {@code key} in {@code space} (0 or 1), given now if the key is new. */
    int number(int space, String key) {
        if (space != (space & 1)) throw new IllegalArgumentException("space " + space);
        int code = key.hashCode();
        int recent = (code ^ space) & (RECENT - 1);
        String known = recentKeys[recent];
        if (known != null && (recentNumbers[recent] & 1) == space && known.equals(key)) {
            return recentNumbers[recent] >>> 1;
        }
        int number = lookUp(space, key, code);
        recentKeys[recent] = key;
        recentNumbers[recent] = number << 1 | space;
        return number;
    }

    private int lookUp(int space, String key, int code) {
        int hash = hash(space, code);
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long held = slots[i];
            if (held == 0) {
                int number = add(space, key.getBytes(StandardCharsets.UTF_8));
                slots[i] = (long) hash << 32 | (number + 1L);
                if (count * 4L > slots.length * 3L) grow();
                return number;
            }
            if ((int) (held >>> 32) == hash && sameKey((int) held - 1, space, key)) return (int) held - 1;
        }
    }

    /** Numbers given so far (the next one). */
    int count() {
        return count;
    }

    /** Memory held. */
    long bytes() {
        return (long) pageCount * PAGE_SIZE + slots.length * 8L + keyAt.length * 4L;
    }

    private int add(int space, byte[] bytes) {
        if (count >= (1 << 30) - 1) throw new IllegalStateException("More nodes than a bulk load numbers");
        int length = 1 + 4 + bytes.length;
        if (pageUsed + length > PAGE_SIZE) {
            if (pageCount == 1 << (31 - PAGE_BITS)) throw new IllegalStateException("More node keys than a bulk load holds");
            if (pageCount == pages.length) pages = Arrays.copyOf(pages, pageCount * 2);
            pages[pageCount++] = new byte[Math.max(PAGE_SIZE, length)];
            pageUsed = 0;
        }
        byte[] page = pages[pageCount - 1];
        int at = pageUsed;
        page[at] = (byte) space;
        page[at + 1] = (byte) (bytes.length >>> 24);
        page[at + 2] = (byte) (bytes.length >>> 16);
        page[at + 3] = (byte) (bytes.length >>> 8);
        page[at + 4] = (byte) bytes.length;
        System.arraycopy(bytes, 0, page, at + 5, bytes.length);
        pageUsed += length;
        if (count == keyAt.length) keyAt = Arrays.copyOf(keyAt, count * 2);
        keyAt[count] = (pageCount - 1) << PAGE_BITS | at;
        return count++;
    }

    /** Compares without encoding the key: most keys are ASCII, whose UTF-8 is a byte per char. */
    private boolean sameKey(int number, int space, String key) {
        byte[] page = pages[keyAt[number] >>> PAGE_BITS];
        int at = keyAt[number] & (PAGE_SIZE - 1);
        if (page[at] != (byte) space) return false;
        int length = (page[at + 1] & 0xFF) << 24 | (page[at + 2] & 0xFF) << 16 | (page[at + 3] & 0xFF) << 8
                | page[at + 4] & 0xFF;
        int chars = key.length();
        if (length == chars) {
            // As many bytes as chars: equal only if every char is ASCII and matches its byte.
            for (int i = 0; i < chars; i++) {
                char c = key.charAt(i);
                if (c >= 0x80 || (byte) c != page[at + 5 + i]) return false;
            }
            return true;
        }
        // UTF-8 takes at least a byte per char; more bytes than chars: compare the encoded key.
        if (length < chars) return false;
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return length == bytes.length && Arrays.equals(page, at + 5, at + 5 + length, bytes, 0, length);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long held : old) {
            if (held == 0) continue;
            int i = (int) (held >>> 32) & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = held;
        }
    }

    /** String's cached hash code, with the space, spread over every bit (ids share long prefixes). */
    private static int hash(int space, int code) {
        long h = (code & 0xFFFFFFFFL) | (long) space << 32;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
