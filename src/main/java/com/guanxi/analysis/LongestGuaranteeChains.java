package com.guanxi.analysis;

/**
 * Longest guarantee chain per node (担保链, definitions.md "Guarantee chain" and "Fine points"): the number of
 * condensation-DAG edges on the longest path through the node's strongly connected component; edges inside a
 * component are not counted (loops have their own tag). Dynamic programming over the components in topological
 * order (Tarjan's numbering is reverse topological): longest path ending at each component plus longest path
 * starting at it. O(n + m) time and memory.
 */
public final class LongestGuaranteeChains {
    private LongestGuaranteeChains() {
    }

    public static GuaranteeChains compute(GuaranteeGraph g, AnalysisParams params) {
        CsrDigraph csr = g.csr;
        NodePartition scc = g.strongComponents();
        int comps = scc.count();
        int[] up = new int[comps];
        int[] upEdge = new int[comps];
        int[] upSource = new int[comps];
        int[] down = new int[comps];
        int[] downEdge = new int[comps];
        int[] downSource = new int[comps];
        java.util.Arrays.fill(upEdge, -1);
        java.util.Arrays.fill(downEdge, -1);
        // Predecessor components have larger numbers: walk from the largest to get "longest path ending here".
        for (int c = comps - 1; c >= 0; c--) {
            for (int k = scc.memberStart(c); k < scc.memberEnd(c); k++) {
                int v = scc.member(k);
                for (int i = csr.inStart[v]; i < csr.inStart[v + 1]; i++) {
                    int from = scc.component(csr.inSource[i]);
                    if (from != c && up[from] + 1 > up[c]) {
                        up[c] = up[from] + 1;
                        upEdge[c] = csr.inEdge[i];
                        upSource[c] = csr.inSource[i];
                    }
                }
            }
        }
        for (int c = 0; c < comps; c++) {
            for (int k = scc.memberStart(c); k < scc.memberEnd(c); k++) {
                int v = scc.member(k);
                for (int e = csr.outStart[v]; e < csr.outStart[v + 1]; e++) {
                    int to = scc.component(csr.outTarget[e]);
                    if (to != c && down[to] + 1 > down[c]) {
                        down[c] = down[to] + 1;
                        downEdge[c] = e;
                        downSource[c] = v;
                    }
                }
            }
        }
        return new GuaranteeChains(g, scc, up, upEdge, upSource, down, downEdge, downSource, params.chainMinEdges());
    }
}
