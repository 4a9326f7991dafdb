package com.guanxi.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk load's filter of keys already written: certain about repeats, rarely wrong about new keys. */
class SeenKeysTest {

    private static final int KEYS = 200_000;
    private static final int NEW_KEYS = 100_000;

    @Test
    void shouldKnowEveryRepeatAndMistakeFewNewKeysForRepeatsAtItsPlannedSize() {
        // Given a filter planned for 300,000 keys, filled with 200,000 relationship keys (asking about a key adds it:
        // the 100,000 new keys asked about below fill it up to its planned size)
        var seen = new SeenKeys(KEYS + NEW_KEYS);
        int mistakenWhileFilling = 0;
        for (int i = 0; i < KEYS; i++) {
            if (seen.add("HOLDS", person(i), company(i), null)) mistakenWhileFilling++;
        }
        assertThat(mistakenWhileFilling).as("first keys taken for repeats while filling").isLessThan(50);

        // Then every key added is a repeat
        for (int i = 0; i < KEYS; i++) {
            assertThat(seen.add("HOLDS", person(i), company(i), null)).isTrue();
        }
        // And of 100,000 keys never added (other ends, another kind, the same values split differently), at most 1
        // in 2,000 is taken for a repeat: 0.019 % for 11 bits in a block of 512 at 20 bits a key (the sum over a
        // block's Poisson-distributed load of (1 - (1 - 1/512)^(11 j))^11), at the planned size (below it, fewer)
        int mistaken = 0;
        for (int i = 0; i < 25_000; i++) {
            if (seen.add("HOLDS", person(i), company(i + 1), null)) mistaken++;
            if (seen.add("SERVES", person(i), company(i), null)) mistaken++;
            if (seen.add("HOLDS", person(i) + company(i).charAt(0), company(i).substring(1), null)) mistaken++;
            if (seen.add("HOLDS", person(i), company(i), "")) mistaken++;
        }
        assertThat(mistaken).as("new keys taken for repeats, of 100,000").isLessThan(50);
    }

    private static String person(int i) {
        return String.format("P-%016X", i * 0x9E3779B97F4A7C15L);
    }

    private static String company(int i) {
        return String.format("91%016d", i);
    }
}
