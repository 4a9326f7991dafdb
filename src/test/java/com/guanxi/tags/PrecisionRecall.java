package com.guanxi.tags;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Precision and recall of a set of tagged subjects against the expected subjects, with the differences named. */
final class PrecisionRecall {
    private PrecisionRecall() {
    }

    /** "precision p, recall r (n expected, m tagged)". */
    static String describe(Set<String> expected, Set<String> actual) {
        Set<String> hits = new TreeSet<>(actual);
        hits.retainAll(expected);
        double precision = actual.isEmpty() ? (expected.isEmpty() ? 1 : 0) : hits.size() / (double) actual.size();
        double recall = expected.isEmpty() ? 1 : hits.size() / (double) expected.size();
        return String.format("precision %.3f, recall %.3f (%d expected, %d tagged)", precision, recall, expected.size(),
                actual.size());
    }

    static void assertPerfect(String code, Set<String> expected, Set<String> actual) {
        Set<String> hits = new TreeSet<>(actual);
        hits.retainAll(expected);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        double precision = actual.isEmpty() ? (expected.isEmpty() ? 1 : 0) : hits.size() / (double) actual.size();
        double recall = expected.isEmpty() ? 1 : hits.size() / (double) expected.size();
        assertThat(expected).as("%s: the expected subjects", code).isNotEmpty();
        assertThat(precision).as("%s precision (tagged but not expected: %s)", code, extra).isEqualTo(1.0);
        assertThat(recall).as("%s recall (expected but not tagged: %s)", code, missing).isEqualTo(1.0);
    }
}
