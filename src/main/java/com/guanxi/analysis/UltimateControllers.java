package com.guanxi.analysis;

import java.util.Arrays;

/**
 * Control (控制) and ultimate controllers (实际控制人), definitions.md "Equity and control" and "Fine points".
 * <p>
 * Votes are ownership ratios. The holders of a company C are grouped into blocs by their current top controller;
 * a bloc controls C absolutely when its votes exceed {@link AnalysisParams#absoluteControl()}, relatively when
 * they reach {@link AnalysisParams#relativeControl()} and are strictly larger than every other bloc's. Votes held
 * in C by C's own subsidiaries (companies C controls, directly or through others) never count. C's place in the
 * control tree is under the holder of the controlling bloc with the largest direct stake (ties: smallest id), so
 * following the tree from C up to its root gives the control path [ultimate controller, ..., C], a chain of direct
 * holdings whose intermediate companies are all controlled by the ultimate controller.
 * <p>
 * The rule is applied to every company at once, then again on the new tree, until nothing changes (a fixpoint;
 * a round that would make companies control each other in a circle leaves them uncontrolled). Each round is
 * O(n + m·d) for control trees of depth d; pyramids settle in a few rounds. Comparisons allow
 * {@value #TOLERANCE} for the rounding of decimal ratios, so exactly 50% is not absolute and exactly 30% is
 * relative.
 */
final class UltimateControllers {
    static final double TOLERANCE = 1e-9;
    static final int MAX_ROUNDS = 1000;

    private UltimateControllers() {
    }

    /** The control tree once settled. {@code parent[c]} is -1 when nobody controls c. */
    record ControlTree(int[] parent, boolean[] absolute, int[] top, int rounds, boolean converged) {
        boolean isControlled(int c) {
            return parent[c] >= 0;
        }
    }

    static ControlTree compute(OwnershipGraph graph, AnalysisParams params) {
        CsrDigraph g = graph.csr;
        int n = g.n;
        int[] parent = new int[n];
        boolean[] absolute = new boolean[n];
        Arrays.fill(parent, -1);
        int[] top = new int[n];
        double[] votes = new double[n];
        boolean[] inBloc = new boolean[n];
        int[] blocs = new int[n];
        int rounds = 0;
        boolean converged = false;
        while (rounds < MAX_ROUNDS && !converged) {
            rounds++;
            tops(parent, top);
            int[] nextParent = new int[n];
            boolean[] nextAbsolute = new boolean[n];
            Arrays.fill(nextParent, -1);
            for (int c = 0; c < n; c++) {
                if (g.inDegree(c) == 0) continue;
                int blocCount = 0;
                for (int k = g.inStart[c]; k < g.inStart[c + 1]; k++) {
                    int h = g.inSource[k];
                    if (h == c || isAncestor(c, h, parent, top)) continue;
                    int t = top[h];
                    if (!inBloc[t]) {
                        inBloc[t] = true;
                        blocs[blocCount++] = t;
                    }
                    votes[t] += g.weight[g.inEdge[k]];
                }
                int best = -1;
                double bestVotes = 0;
                double secondVotes = 0;
                for (int b = 0; b < blocCount; b++) {
                    int t = blocs[b];
                    double v = votes[t];
                    if (best < 0 || v > bestVotes) {
                        secondVotes = best < 0 ? 0 : bestVotes;
                        best = t;
                        bestVotes = v;
                    } else if (v > secondVotes) {
                        secondVotes = v;
                    }
                    votes[t] = 0;
                    inBloc[t] = false;
                }
                if (best < 0 || !(bestVotes > secondVotes + TOLERANCE)) continue;
                boolean isAbsolute = bestVotes > params.absoluteControl() + TOLERANCE;
                if (!isAbsolute && bestVotes < params.relativeControl() - TOLERANCE) continue;
                nextParent[c] = largestHolderInBloc(graph, c, best, parent, top);
                nextAbsolute[c] = isAbsolute;
            }
            breakCycles(nextParent);
            converged = Arrays.equals(parent, nextParent) && Arrays.equals(absolute, nextAbsolute);
            parent = nextParent;
            absolute = nextAbsolute;
        }
        tops(parent, top);
        return new ControlTree(parent, absolute, top, rounds, converged);
    }

    /** The counted holder of c in bloc t with the largest direct stake; ties go to the smallest id. */
    private static int largestHolderInBloc(OwnershipGraph graph, int c, int t, int[] parent, int[] top) {
        CsrDigraph g = graph.csr;
        int best = -1;
        double bestRatio = -1;
        for (int k = g.inStart[c]; k < g.inStart[c + 1]; k++) {
            int h = g.inSource[k];
            if (h == c || top[h] != t || isAncestor(c, h, parent, top)) continue;
            double r = g.weight[g.inEdge[k]];
            if (r > bestRatio || (r == bestRatio && graph.id(h).compareTo(graph.id(best)) < 0)) {
                best = h;
                bestRatio = r;
            }
        }
        return best;
    }

    /** Whether c is a proper ancestor of h in the control tree (h is c's subsidiary). */
    private static boolean isAncestor(int c, int h, int[] parent, int[] top) {
        if (top[h] != top[c]) return false;
        for (int x = parent[h]; x >= 0; x = parent[x]) {
            if (x == c) return true;
        }
        return false;
    }

    /** top[v] = root of v's control tree; parent must be acyclic. O(n) with memoisation along each walk. */
    private static void tops(int[] parent, int[] top) {
        Arrays.fill(top, -1);
        int[] stack = new int[16];
        for (int v = 0; v < parent.length; v++) {
            int sp = 0;
            int x = v;
            while (top[x] < 0 && parent[x] >= 0) {
                if (sp == stack.length) stack = Arrays.copyOf(stack, sp * 2);
                stack[sp++] = x;
                x = parent[x];
            }
            int root = top[x] >= 0 ? top[x] : x;
            top[x] = root;
            while (sp > 0) top[stack[--sp]] = root;
        }
    }

    /** Removes the control of every company lying on a cycle of parent pointers. O(n). */
    private static void breakCycles(int[] parent) {
        int n = parent.length;
        int[] walk = new int[n];
        Arrays.fill(walk, -1);
        for (int v = 0; v < n; v++) {
            int x = v;
            while (x >= 0 && walk[x] < 0) {
                walk[x] = v;
                x = parent[x];
            }
            if (x >= 0 && walk[x] == v) {
                int start = x;
                do {
                    int next = parent[x];
                    parent[x] = -1;
                    x = next;
                } while (x != start && x >= 0);
            }
        }
    }
}
