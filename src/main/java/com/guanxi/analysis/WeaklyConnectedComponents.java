package com.guanxi.analysis;

/**
 * Weakly connected components of a {@link CsrDigraph} by union-find (union by size, path halving;
 * Tarjan 1975). Runs in O(n + m α(n)) time and O(n) memory. Components are numbered in order of their
 * smallest node. Used for guarantee circles (definitions.md "Guarantee circle").
 */
final class WeaklyConnectedComponents {
    private WeaklyConnectedComponents() {
    }

    static NodePartition of(CsrDigraph g) {
        int n = g.n;
        int[] parent = new int[n];
        int[] size = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
            size[v] = 1;
        }
        for (int u = 0; u < n; u++) {
            for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
                int a = find(parent, u);
                int b = find(parent, g.outTarget[e]);
                if (a == b) continue;
                if (size[a] < size[b]) {
                    int t = a;
                    a = b;
                    b = t;
                }
                parent[b] = a;
                size[a] += size[b];
            }
        }
        int[] component = new int[n];
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        int comps = 0;
        for (int v = 0; v < n; v++) {
            int r = find(parent, v);
            if (label[r] < 0) label[r] = comps++;
            component[v] = label[r];
        }
        return new NodePartition(component, comps);
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
