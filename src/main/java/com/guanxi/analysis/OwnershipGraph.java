package com.guanxi.analysis;

import java.time.LocalDate;

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
