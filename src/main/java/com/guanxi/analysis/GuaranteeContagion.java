package com.guanxi.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Contagion sets (风险传染, definitions.md "Contagion set"): when X defaults, its guarantors are called, and a
 * guarantor that defaults passes the call to its own guarantors; the set is every party that reaches X in G.
 * Exposure of a guarantor Y: first-order = Y's guarantees for X; along the path = Y's guarantees on edges through
 * which the call reaches Y, i.e. to X or to another member of the set.
 * <p>
 * One backward breadth-first search per query, proportional to the ancestors of X and their edges; the work
 * arrays (O(n)) are allocated once per instance and reset sparsely. Not thread-safe: one instance per thread.
 */
public final class GuaranteeContagion {
    private final GuaranteeGraph g;
    private final int[] hops;
    private final int[] queue;

    public GuaranteeContagion(GuaranteeGraph g) {
        this.g = g;
        hops = new int[g.nodeCount()];
        Arrays.fill(hops, -1);
        queue = new int[g.nodeCount()];
    }

    /** The contagion set of {@code defaultedId}, nearest guarantors first; empty when it is not a node of G. */
    public ContagionSet of(String defaultedId) {
        int x = g.indexOf(defaultedId);
        if (x < 0) return new ContagionSet(defaultedId, List.of());
        CsrDigraph csr = g.csr;
        int head = 0;
        int tail = 0;
        hops[x] = 0;
        queue[tail++] = x;
        while (head < tail) {
            int v = queue[head++];
            for (int k = csr.inStart[v]; k < csr.inStart[v + 1]; k++) {
                int u = csr.inSource[k];
                if (hops[u] < 0) {
                    hops[u] = hops[v] + 1;
                    queue[tail++] = u;
                }
            }
        }
        List<ContagionExposure> exposed = new ArrayList<>(tail - 1);
        for (int i = 1; i < tail; i++) {
            int y = queue[i];
            double firstOrder = 0;
            double alongPath = 0;
            for (int e = csr.outStart[y]; e < csr.outStart[y + 1]; e++) {
                int z = csr.outTarget[e];
                if (z == x) firstOrder += csr.weight[e];
                if (hops[z] >= 0 && z != y) alongPath += csr.weight[e];
            }
            exposed.add(new ContagionExposure(g.id(y), hops[y], firstOrder, alongPath));
        }
        for (int i = 0; i < tail; i++) hops[queue[i]] = -1;
        exposed.sort(Comparator.comparingInt(ContagionExposure::hops).thenComparing(ContagionExposure::guarantorId));
        return new ContagionSet(defaultedId, exposed);
    }
}
