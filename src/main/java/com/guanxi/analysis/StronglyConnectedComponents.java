package com.guanxi.analysis;

/**
 * Strongly connected components of a {@link CsrDigraph}: Tarjan's algorithm (Tarjan 1972, "Depth-first search
 * and linear graph algorithms"), written with an explicit stack so that million-node projections with long paths
 * cannot overflow the call stack (JGraphT's Kosaraju/Gabow inspectors recurse and work on boxed maps).
 * Runs in O(n + m) time and O(n) extra memory.
 * <p>
 * Components are numbered in the order Tarjan completes them, which is a reverse topological order of the
 * condensation: for every edge u -> v between different components, {@code component(u) > component(v)}.
 * Used for guarantee loops and chains (definitions.md "Guarantee-network algorithms") and ownership cycles.
 */
final class StronglyConnectedComponents {
    private StronglyConnectedComponents() {
    }

    static NodePartition of(CsrDigraph g) {
        int n = g.n;
        int[] component = new int[n];
        int[] index = new int[n];
        int[] low = new int[n];
        java.util.Arrays.fill(index, -1);
        int[] stack = new int[n];
        boolean[] onStack = new boolean[n];
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int sp = 0;
        int next = 0;
        int comps = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) continue;
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = g.outStart[root];
            index[root] = low[root] = next++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int u = callNode[depth];
                int e = callEdge[depth];
                if (e < g.outStart[u + 1]) {
                    callEdge[depth] = e + 1;
                    int v = g.outTarget[e];
                    if (index[v] < 0) {
                        index[v] = low[v] = next++;
                        stack[sp++] = v;
                        onStack[v] = true;
                        depth++;
                        callNode[depth] = v;
                        callEdge[depth] = g.outStart[v];
                    } else if (onStack[v] && index[v] < low[u]) {
                        low[u] = index[v];
                    }
                } else {
                    if (low[u] == index[u]) {
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            component[w] = comps;
                        } while (w != u);
                        comps++;
                    }
                    depth--;
                    if (depth >= 0) {
                        int parent = callNode[depth];
                        if (low[u] < low[parent]) low[parent] = low[u];
                    }
                }
            }
        }
        return new NodePartition(component, comps);
    }
}
