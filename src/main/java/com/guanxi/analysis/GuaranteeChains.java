package com.guanxi.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Result of {@link LongestGuaranteeChains}: for each node of G the number of edges on the longest chain through
 * it, the nodes on chains of at least the configured length, and one such chain as evidence. Immutable.
 */
public final class GuaranteeChains {
    private final GuaranteeGraph g;
    private final NodePartition scc;
    private final int[] up;
    private final int[] upEdge;
    private final int[] upSource;
    private final int[] down;
    private final int[] downEdge;
    private final int[] downSource;
    private final int minEdges;
    private final List<String> longChainMembers;

    GuaranteeChains(GuaranteeGraph g, NodePartition scc, int[] up, int[] upEdge, int[] upSource, int[] down,
                    int[] downEdge, int[] downSource, int minEdges) {
        this.g = g;
        this.scc = scc;
        this.up = up;
        this.upEdge = upEdge;
        this.upSource = upSource;
        this.down = down;
        this.downEdge = downEdge;
        this.downSource = downSource;
        this.minEdges = minEdges;
        List<String> members = new ArrayList<>();
        for (int v = 0; v < g.nodeCount(); v++) {
            if (length(v) >= minEdges) members.add(g.id(v));
        }
        members.sort(null);
        this.longChainMembers = Collections.unmodifiableList(members);
    }

    /** Edges on the longest chain through the node, or -1 when it is not a node of G. */
    public int longestChain(String id) {
        int v = g.indexOf(id);
        return v < 0 ? -1 : length(v);
    }

    /** Node id -> longest chain, for every node of G. Builds a new map: O(n). */
    public Map<String, Integer> lengths() {
        Map<String, Integer> map = new HashMap<>(Math.max(16, (int) (g.nodeCount() / 0.75f) + 1));
        for (int v = 0; v < g.nodeCount(); v++) map.put(g.id(v), length(v));
        return Collections.unmodifiableMap(map);
    }

    /** Nodes whose longest chain has at least {@link AnalysisParams#chainMinEdges()} edges, sorted. */
    public List<String> longChainMembers() {
        return longChainMembers;
    }

    public int minEdges() {
        return minEdges;
    }

    /**
     * Evidence: the condensation edges of one longest chain through the node, in path order. Consecutive edges
     * may enter and leave a loop at different members; the path inside the loop is not part of the chain.
     */
    public List<GuaranteeEdge> chainThrough(String id) {
        int v = g.indexOf(id);
        if (v < 0) return List.of();
        List<GuaranteeEdge> before = new ArrayList<>();
        for (int c = scc.component(v); upEdge[c] >= 0; c = scc.component(upSource[c])) {
            before.add(g.edge(upSource[c], upEdge[c]));
        }
        Collections.reverse(before);
        List<GuaranteeEdge> chain = new ArrayList<>(before);
        for (int c = scc.component(v); downEdge[c] >= 0; c = scc.component(g.csr.outTarget[downEdge[c]])) {
            chain.add(g.edge(downSource[c], downEdge[c]));
        }
        return List.copyOf(chain);
    }

    private int length(int v) {
        int c = scc.component(v);
        return up[c] + down[c];
    }
}
