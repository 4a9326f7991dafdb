package com.guanxi.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The active guarantee graph G at a date (definitions.md "Guarantee-network algorithms"): nodes are the guarantors
 * and borrowers of the active contracts (companies and persons), edges guarantor -> borrower with the contracts'
 * amounts summed. Immutable; int-indexed internally, ids at the boundary. Build it with
 * {@link GuaranteeProjection#activeGraph}. Safe to share between threads (derived data is cached idempotently).
 */
public final class GuaranteeGraph {
    private final LocalDate asOf;
    private final NodeIds ids;
    private final PartyKind[] kinds;
    final CsrDigraph csr;
    /** Input edge k of {@link #csr} is contract contractOfInput[k] of the projection. */
    private final int[] contractOfInput;
    private final GuaranteeProjection projection;
    private volatile NodePartition strongComponents;

    GuaranteeGraph(LocalDate asOf, String[] ids, PartyKind[] kinds, CsrDigraph csr, int[] contractOfInput,
                   GuaranteeProjection projection) {
        this.asOf = asOf;
        this.ids = new NodeIds(ids);
        this.kinds = kinds;
        this.csr = csr;
        this.contractOfInput = contractOfInput;
        this.projection = projection;
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

    public boolean contains(String id) {
        return indexOf(id) >= 0;
    }

    /** The kind of a node, or null when the id is not a node of G. */
    public PartyKind kind(String id) {
        int v = indexOf(id);
        return v < 0 ? null : kinds[v];
    }

    /** Total active amount the party guarantees (out-edges), 0 when it is not in G. */
    public double givenTotal(String id) {
        int v = indexOf(id);
        return v < 0 ? 0 : csr.outWeight(v);
    }

    /** Total active amount guaranteed for the party (in-edges), 0 when it is not in G. */
    public double receivedTotal(String id) {
        int v = indexOf(id);
        return v < 0 ? 0 : csr.inWeight(v);
    }

    /** Every edge of G with its contracts. O(m); meant for export and tests, not for hot paths. */
    public List<GuaranteeEdge> edges() {
        List<GuaranteeEdge> edges = new ArrayList<>(csr.edgeCount());
        for (int u = 0; u < csr.n; u++) {
            for (int e = csr.outStart[u]; e < csr.outStart[u + 1]; e++) edges.add(edge(u, e));
        }
        return edges;
    }

    /** The same date's graph with person guarantors left out (the companies-only reading). */
    public GuaranteeGraph withoutPersonGuarantors() {
        boolean[] selected = new boolean[projection.contractCount()];
        for (int c : contractOfInput) selected[c] = true;
        return projection.subgraph(asOf, selected, true);
    }

    GuaranteeEdge edge(int u, int e) {
        int[] inputs = csr.sourcesOf(e);
        List<String> contracts = new ArrayList<>(inputs.length);
        for (int k : inputs) contracts.add(projection.contractId(contractOfInput[k]));
        return new GuaranteeEdge(ids.id(u), ids.id(csr.outTarget[e]), csr.weight[e], contracts);
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

    /** Strongly connected components of G, computed once. */
    NodePartition strongComponents() {
        NodePartition scc = strongComponents;
        if (scc == null) {
            scc = StronglyConnectedComponents.of(csr);
            strongComponents = scc;
        }
        return scc;
    }
}
