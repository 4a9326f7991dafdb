package com.guanxi.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Mutual guarantees (互保, definitions.md "Guarantee-network algorithms"): unordered pairs {A, B} with A -> B and
 * B -> A in G. Runs in O(n + m) time with one marker array (no hashing).
 */
public final class MutualGuarantees {
    private MutualGuarantees() {
    }

    /** The pairs of G, sorted by (first, second). */
    public static List<MutualGuarantee> find(GuaranteeGraph g) {
        List<MutualGuarantee> pairs = new ArrayList<>();
        scan(g.csr, (u, v, uv, vu) -> {
            String a = g.id(u);
            String b = g.id(v);
            pairs.add(a.compareTo(b) < 0 ? new MutualGuarantee(a, b, uv, vu) : new MutualGuarantee(b, a, vu, uv));
        });
        pairs.sort(Comparator.comparing(MutualGuarantee::first).thenComparing(MutualGuarantee::second));
        return pairs;
    }

    /** Which nodes belong to at least one mutual pair. */
    static boolean[] members(CsrDigraph g) {
        boolean[] member = new boolean[g.n];
        scan(g, (u, v, uv, vu) -> member[u] = member[v] = true);
        return member;
    }

    private interface PairSink {
        void pair(int u, int v, double uv, double vu);
    }

    /** Reports each pair once, from its smaller node index u. */
    private static void scan(CsrDigraph g, PairSink sink) {
        int[] markedBy = new int[g.n];
        int[] edgeTo = new int[g.n];
        Arrays.fill(markedBy, -1);
        for (int u = 0; u < g.n; u++) {
            for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
                markedBy[g.outTarget[e]] = u;
                edgeTo[g.outTarget[e]] = e;
            }
            for (int k = g.inStart[u]; k < g.inStart[u + 1]; k++) {
                int v = g.inSource[k];
                if (v > u && markedBy[v] == u) sink.pair(u, v, g.weight[edgeTo[v]], g.weight[g.inEdge[k]]);
            }
        }
    }
}
