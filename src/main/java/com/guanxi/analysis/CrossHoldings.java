package com.guanxi.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Cross-holdings (definitions.md "CROSS_HOLDING": the company lies on an ownership cycle): strongly connected
 * components of the holding graph with at least two members, plus single companies holding their own shares.
 * Tarjan, O(n + m).
 */
public final class CrossHoldings {
    private CrossHoldings() {
    }

    public static OwnershipCycles find(OwnershipGraph graph) {
        NodePartition scc = graph.strongComponents();
        CsrDigraph g = graph.csr;
        List<List<String>> cycles = new ArrayList<>();
        List<String> onCycle = new ArrayList<>();
        for (int c = 0; c < scc.count(); c++) {
            int first = scc.member(scc.memberStart(c));
            if (scc.size(c) == 1 && g.edge(first, first) < 0) continue;
            List<String> members = new ArrayList<>(scc.size(c));
            for (int k = scc.memberStart(c); k < scc.memberEnd(c); k++) members.add(graph.id(scc.member(k)));
            members.sort(null);
            cycles.add(members);
            onCycle.addAll(members);
        }
        cycles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        onCycle.sort(null);
        return new OwnershipCycles(cycles, onCycle);
    }
}
