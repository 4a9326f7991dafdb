package com.guanxi.analysis;

import java.util.Arrays;

/**
 * An immutable weighted digraph over nodes 0..n-1 in compressed sparse row form, with both out- and in-adjacency.
 * Parallel input edges are merged into one edge whose weight is their sum (definitions.md: "parallel contracts
 * summed"). Every merged edge remembers the input edges it came from ({@link #sourcesOf}).
 * Building costs O(n + m) time and memory; no per-node or per-edge objects are created.
 */
final class CsrDigraph {
    final int n;
    /** Out-edges of u are e in [outStart[u], outStart[u+1]): u -> outTarget[e], weight[e]. */
    final int[] outStart;
    final int[] outTarget;
    final double[] weight;
    /** In-edges of v are k in [inStart[v], inStart[v+1]): inSource[k] -> v, the edge being inEdge[k]. */
    final int[] inStart;
    final int[] inSource;
    final int[] inEdge;
    /** Input edges merged into edge e: inputs[inputStart[e] .. inputStart[e+1]). */
    private final int[] inputStart;
    private final int[] inputs;

    private CsrDigraph(int n, int[] outStart, int[] outTarget, double[] weight, int[] inputStart, int[] inputs) {
        this.n = n;
        this.outStart = outStart;
        this.outTarget = outTarget;
        this.weight = weight;
        this.inputStart = inputStart;
        this.inputs = inputs;
        int m = outTarget.length;
        inStart = new int[n + 1];
        for (int e = 0; e < m; e++) inStart[outTarget[e] + 1]++;
        for (int v = 0; v < n; v++) inStart[v + 1] += inStart[v];
        inSource = new int[m];
        inEdge = new int[m];
        int[] fill = Arrays.copyOf(inStart, n);
        for (int u = 0; u < n; u++) {
            for (int e = outStart[u]; e < outStart[u + 1]; e++) {
                int k = fill[outTarget[e]]++;
                inSource[k] = u;
                inEdge[k] = e;
            }
        }
    }

    /**
     * Builds the graph from the first {@code m} entries of the parallel arrays; {@code selected[i]} (or all when
     * null) tells which input edges to keep. Input edge i is remembered by its position i.
     */
    static CsrDigraph build(int n, int m, int[] src, int[] dst, double[] w, boolean[] selected) {
        int[] start = new int[n + 1];
        int kept = 0;
        for (int i = 0; i < m; i++) {
            if (selected == null || selected[i]) {
                start[src[i] + 1]++;
                kept++;
            }
        }
        for (int u = 0; u < n; u++) start[u + 1] += start[u];
        // Bucket the input edges by source (counting sort), keeping input order inside a bucket.
        int[] bySource = new int[kept];
        int[] fill = Arrays.copyOf(start, n);
        for (int i = 0; i < m; i++) {
            if (selected == null || selected[i]) bySource[fill[src[i]]++] = i;
        }
        // Merge parallel edges per source with a "last seen at" marker per target: O(out-degree) per source.
        int[] slotOf = new int[n];
        Arrays.fill(slotOf, -1);
        int[] outStart = new int[n + 1];
        int[] outTarget = new int[kept];
        double[] weight = new double[kept];
        int[] edgeOfInput = new int[kept];
        int edges = 0;
        for (int u = 0; u < n; u++) {
            outStart[u] = edges;
            for (int k = start[u]; k < start[u + 1]; k++) {
                int i = bySource[k];
                int v = dst[i];
                int slot = slotOf[v];
                if (slot < outStart[u]) {
                    slot = edges++;
                    slotOf[v] = slot;
                    outTarget[slot] = v;
                }
                weight[slot] += w[i];
                edgeOfInput[k] = slot;
            }
        }
        outStart[n] = edges;
        // Input edges per merged edge (counting sort by merged edge id).
        int[] inputStart = new int[edges + 1];
        for (int k = 0; k < kept; k++) inputStart[edgeOfInput[k] + 1]++;
        for (int e = 0; e < edges; e++) inputStart[e + 1] += inputStart[e];
        int[] inputs = new int[kept];
        int[] inputFill = Arrays.copyOf(inputStart, edges);
        for (int k = 0; k < kept; k++) inputs[inputFill[edgeOfInput[k]]++] = bySource[k];
        return new CsrDigraph(n, outStart, Arrays.copyOf(outTarget, edges), Arrays.copyOf(weight, edges),
                inputStart, inputs);
    }

    int edgeCount() {
        return outTarget.length;
    }

    int outDegree(int u) {
        return outStart[u + 1] - outStart[u];
    }

    int inDegree(int v) {
        return inStart[v + 1] - inStart[v];
    }

    /** The merged edge u -> v, or -1. Linear in the out-degree of u. */
    int edge(int u, int v) {
        for (int e = outStart[u]; e < outStart[u + 1]; e++) {
            if (outTarget[e] == v) return e;
        }
        return -1;
    }

    int[] sourcesOf(int e) {
        return Arrays.copyOfRange(inputs, inputStart[e], inputStart[e + 1]);
    }

    double outWeight(int u) {
        double sum = 0;
        for (int e = outStart[u]; e < outStart[u + 1]; e++) sum += weight[e];
        return sum;
    }

    double inWeight(int v) {
        double sum = 0;
        for (int k = inStart[v]; k < inStart[v + 1]; k++) sum += weight[inEdge[k]];
        return sum;
    }
}
