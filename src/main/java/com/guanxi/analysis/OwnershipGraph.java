package com.guanxi.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ownership graph at a date: nodes are all parties of the projection (persons, companies, external
 * companies), edges holder -> company weighted by the ratio held (a(i, j) in definitions.md "Equity and control").
 * Immutable; int-indexed internally. Build it with {@link OwnershipProjection#asOf}.
 */
public final class OwnershipGraph {
    private final LocalDate asOf;
    private final NodeIds ids;
    private final PartyKind[] kinds;
    final CsrDigraph csr;
    private volatile NodePartition strongComponents;

    OwnershipGraph(LocalDate asOf, String[] ids, PartyKind[] kinds, CsrDigraph csr) {
        this.asOf = asOf;
        this.ids = new NodeIds(ids);
        this.kinds = kinds;
        this.csr = csr;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public int nodeCount() {
        return ids.size();
    }

    public int edgeCount() {
        return csr.edgeCount();
    }

    /** The kind of a party, or null when it is not in the graph. */
    public PartyKind kind(String id) {
        int v = indexOf(id);
        return v < 0 ? null : kinds[v];
    }

    /** Direct ratio held by {@code holderId} in {@code companyId}, 0 when none. */
    public double directRatio(String holderId, String companyId) {
        int h = indexOf(holderId);
        int c = indexOf(companyId);
        if (h < 0 || c < 0) return 0;
        int e = csr.edge(h, c);
        return e < 0 ? 0 : csr.weight[e];
    }

    /** The direct holders of {@code companyId} with their ratios (repeated rows summed, capped at 1; since left null), in no set order. O(in-degree). */
    public List<Holding> holdersOf(String companyId) {
        int c = indexOf(companyId);
        if (c < 0) return List.of();
        List<Holding> out = new ArrayList<>(csr.inDegree(c));
        for (int k = csr.inStart[c]; k < csr.inStart[c + 1]; k++) {
            int h = csr.inSource[k];
            out.add(new Holding(id(h), kinds[h], companyId, Math.min(1, csr.weight[csr.inEdge[k]]), null));
        }
        return out;
    }

    /** The companies {@code holderId} holds directly, with the ratios (since left null). O(out-degree). */
    public List<Holding> holdingsOf(String holderId) {
        int h = indexOf(holderId);
        if (h < 0) return List.of();
        List<Holding> out = new ArrayList<>(csr.outDegree(h));
        for (int e = csr.outStart[h]; e < csr.outStart[h + 1]; e++) {
            out.add(new Holding(holderId, kinds[h], id(csr.outTarget[e]), Math.min(1, csr.weight[e]), null));
        }
        return out;
    }

    String id(int v) {
        return ids.id(v);
    }

    PartyKind kind(int v) {
        return kinds[v];
    }

    int indexOf(String id) {
        return ids.indexOf(id);
    }

    /** Strongly connected components of the holding graph, computed once. */
    NodePartition strongComponents() {
        NodePartition scc = strongComponents;
        if (scc == null) {
            scc = StronglyConnectedComponents.of(csr);
            strongComponents = scc;
        }
        return scc;
    }
}
