package com.guanxi.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guarantee loops (循环担保, definitions.md "Guarantee loop"): strongly connected components of G with at least
 * {@link AnalysisParams#loopMinSize()} members, each member with one shortest simple cycle through it as evidence.
 * <p>
 * Components: Tarjan, O(n + m). Evidence: one breadth-first search per member inside its component, stopping at
 * the first node with an edge back to the member, so O(s · (s + m_s)) per loop of s members and m_s edges; loops
 * above {@link AnalysisParams#loopEvidenceMaxMembers()} members are left for {@link #shortestCycleThrough}.
 */
public final class GuaranteeLoops {
    private GuaranteeLoops() {
    }

    /** The loops of G, sorted by their first member. */
    public static List<GuaranteeLoop> find(GuaranteeGraph g, AnalysisParams params) {
        NodePartition scc = g.strongComponents();
        CycleSearch search = new CycleSearch(g.csr, scc);
        List<GuaranteeLoop> loops = new ArrayList<>();
        for (int c = 0; c < scc.count(); c++) {
            int size = scc.size(c);
            if (size < params.loopMinSize()) continue;
            List<String> members = new ArrayList<>(size);
            Map<String, List<String>> evidence = new HashMap<>();
            for (int k = scc.memberStart(c); k < scc.memberEnd(c); k++) {
                int v = scc.member(k);
                members.add(g.id(v));
                if (size <= params.loopEvidenceMaxMembers()) evidence.put(g.id(v), ids(g, search.shortestCycle(v)));
            }
            members.sort(null);
            loops.add(new GuaranteeLoop(members, size, evidence));
        }
        loops.sort((a, b) -> a.members().get(0).compareTo(b.members().get(0)));
        return loops;
    }

    /**
     * One shortest simple cycle of G through {@code member}, starting at it; empty when there is none.
     * O(n) for fresh work arrays plus O(s + m_s) for a member of a component with s nodes and m_s edges.
     */
    public static List<String> shortestCycleThrough(GuaranteeGraph g, String member) {
        int v = g.indexOf(member);
        if (v < 0) return List.of();
        return ids(g, new CycleSearch(g.csr, g.strongComponents()).shortestCycle(v));
    }

    private static List<String> ids(GuaranteeGraph g, int[] cycle) {
        List<String> ids = new ArrayList<>(cycle.length);
        for (int v : cycle) ids.add(g.id(v));
        return List.copyOf(ids);
    }

    /** Breadth-first search for shortest cycles, reusing its arrays across searches. */
    static final class CycleSearch {
        private final CsrDigraph g;
        private final NodePartition scc;
        private final int[] seenBy;
        private final int[] parent;
        private final int[] queue;

        CycleSearch(CsrDigraph g, NodePartition scc) {
            this.g = g;
            this.scc = scc;
            seenBy = new int[g.n];
            Arrays.fill(seenBy, -1);
            parent = new int[g.n];
            queue = new int[g.n];
        }

        /** Shortest cycle through v as [v, ..., last] (last -> v closes it), or an empty array. */
        int[] shortestCycle(int v) {
            int comp = scc.component(v);
            int head = 0;
            int tail = 0;
            queue[tail++] = v;
            seenBy[v] = v;
            while (head < tail) {
                int u = queue[head++];
                for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
                    int w = g.outTarget[e];
                    if (w == v) return pathTo(v, u);
                    if (seenBy[w] != v && scc.component(w) == comp) {
                        seenBy[w] = v;
                        parent[w] = u;
                        queue[tail++] = w;
                    }
                }
            }
            return new int[0];
        }

        private int[] pathTo(int v, int last) {
            int length = 1;
            for (int x = last; x != v; x = parent[x]) length++;
            int[] path = new int[length];
            for (int x = last, i = length - 1; i >= 0; i--) {
                path[i] = x;
                if (x != v) x = parent[x];
            }
            return path;
        }
    }
}
