package com.guanxi.graph;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk load's node numbers: one per key and space, dense, in order of first sight, exact. */
class NodeNumbersTest {

    @Test
    void shouldGiveEachKeyOneNumberInOrderOfFirstSightAsAMapWould() {
        // Given 300,000 lookups of 120,000 keys — ids as the import makes them (USCC, P-…, EXT-…), case numbers with
        // Chinese characters, keys that differ only in their space — in random order with repeats (the table grows
        // and the keys fill several pages)
        var numbers = new NodeNumbers();
        Map<String, Integer> reference = new HashMap<>();
        var random = new Random(7);
        for (int i = 0; i < 300_000; i++) {
            int k = random.nextInt(60_000);
            int space = random.nextInt(2);
            String key = key(k);
            // Then each key has the number a map handing out 0, 1, 2… on first sight gives it
            int expected = reference.computeIfAbsent(space + "/" + key, x -> reference.size());
            assertThat(numbers.number(space, key)).as("number of %s in space %d", key, space).isEqualTo(expected);
        }
        assertThat(numbers.count()).isEqualTo(reference.size());
        // And every key asked again keeps its number
        reference.forEach((spaced, expected) -> {
            int slash = spaced.indexOf('/');
            assertThat(numbers.number(Integer.parseInt(spaced.substring(0, slash)), spaced.substring(slash + 1)))
                    .isEqualTo(expected);
        });
        assertThat(numbers.count()).isEqualTo(reference.size());
    }

    @Test
    void shouldTellApartKeysWithTheSameStringHashCode() {
        // Given two keys with equal String.hashCode ("Aa" and "BB" hash alike), in one space
        var numbers = new NodeNumbers();
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        // Then they are two nodes, and each keeps its own number
        assertThat(numbers.number(0, "Aa")).isZero();
        assertThat(numbers.number(0, "BB")).isEqualTo(1);
        assertThat(numbers.number(0, "Aa")).isZero();
        assertThat(numbers.number(0, "BB")).isEqualTo(1);
        // And an empty key is a key too
        assertThat(numbers.number(0, "")).isEqualTo(2);
        assertThat(numbers.number(1, "")).isEqualTo(3);
        // And an ASCII key and one as long in chars but not ASCII, hashing alike ("|m" and "xé"), are two nodes too
        assertThat("|m".hashCode()).isEqualTo("xé".hashCode());
        assertThat(numbers.number(1, "|m")).isEqualTo(4);
        assertThat(numbers.number(1, "xé")).isEqualTo(5);
        assertThat(numbers.number(1, "|m")).isEqualTo(4);
        assertThat(numbers.number(1, "xé")).isEqualTo(5);
    }

    private static String key(int k) {
        return switch (k % 4) {
            case 0 -> String.format("91%016dX", k);
            case 1 -> String.format("P-%016X", k * 0x9E3779B97F4A7C15L);
            case 2 -> String.format("EXT-%016X", k * 0xC2B2AE3D27D4EB4FL);
            default -> "(20" + (k % 30) + ")苏0505民初" + k + "号";
        };
    }
}
