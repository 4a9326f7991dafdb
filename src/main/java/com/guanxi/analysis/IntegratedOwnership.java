package com.guanxi.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Integrated ownership (穿透持股, definitions.md "Integrated ownership"): for holder p and company j, the sum over
 * all directed ownership paths p -> ... -> j of the product of the ratios, i.e. {@code d_p (I - A)^-1}, finite
 * with cross-holdings.
 * <p>
 * Method: x = d_p + x A is solved exactly, component by component, in topological order of the strongly
 * connected components of the holding graph (a priority queue on Tarjan's numbering visits only the components
 * reachable from p). A single company with a self-holding is divided by (1 - a_jj); a cross-holding component
 * of s companies is solved with an LU factorisation (partial pivoting) of its s × s block, computed once and
 * reused by every holder, or with Gauss–Seidel sweeps to machine precision above {@value #DENSE_LIMIT} companies.
 * Cost per holder: the edges reachable from it plus O(s²) per reached cross-holding component (O(s³) once per
 * component for the factorisation). Ownership forests make that proportional to the holder's descendants.
 * <p>
 * Instances cache factorisations and are not thread-safe; use one per thread.
 */
public final class IntegratedOwnership {
    static final int DENSE_LIMIT = 2000;
    private static final double SINGULAR = 1e-12;

    private final OwnershipGraph graph;
    private final CsrDigraph g;
    private final NodePartition scc;
    private final double[] selfRatio;
    private final int[] local;
    private final CrossHoldingSolver[] solvers;
    private final Workspace work;
    private final int denseLimit;

    public IntegratedOwnership(OwnershipGraph graph) {
        this(graph, DENSE_LIMIT);
    }

    /** With cross-holding components above {@code denseLimit} companies solved iteratively. */
    IntegratedOwnership(OwnershipGraph graph, int denseLimit) {
        this.denseLimit = denseLimit;
        this.graph = graph;
        this.g = graph.csr;
        this.scc = graph.strongComponents();
        selfRatio = new double[g.n];
        local = new int[g.n];
        for (int c = 0; c < scc.count(); c++) {
            for (int k = scc.memberStart(c); k < scc.memberEnd(c); k++) local[scc.member(k)] = k - scc.memberStart(c);
        }
        for (int u = 0; u < g.n; u++) {
            for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
                if (g.outTarget[e] == u) selfRatio[u] = g.weight[e];
            }
        }
        solvers = new CrossHoldingSolver[scc.count()];
        work = new Workspace(g.n, scc.count());
    }

    /** Company id -> integrated share of {@code holderId}, for every company it reaches with a positive share. */
    public Map<String, Double> sharesOf(String holderId) {
        int p = graph.indexOf(holderId);
        Map<String, Double> shares = new HashMap<>();
        if (p >= 0) propagate(p, (j, x) -> shares.put(graph.id(j), x));
        return shares;
    }

    /** Integrated share of {@code holderId} in {@code companyId} (0 when none). Costs one propagation. */
    public double share(String holderId, String companyId) {
        int p = graph.indexOf(holderId);
        int target = graph.indexOf(companyId);
        if (p < 0 || target < 0) return 0;
        double[] found = {0};
        propagate(p, (j, x) -> {
            if (j == target) found[0] = x;
        });
        return found[0];
    }

    /**
     * Every (natural person, company) pair with an integrated share of at least {@code minShare}, grouped by person,
     * each person's companies sorted by id. One propagation per person; persons are visited in the order of the
     * first company they hold, so that neighbouring propagations touch neighbouring memory (measured 1.5x faster
     * than id order at a million companies).
     */
    public List<IntegratedShare> ofNaturalPersons(double minShare) {
        int count = 0;
        long[] order = new long[g.n];
        for (int p = 0; p < g.n; p++) {
            if (graph.kind(p) != PartyKind.PERSON || g.outDegree(p) == 0) continue;
            int firstHeld = Integer.MAX_VALUE;
            for (int e = g.outStart[p]; e < g.outStart[p + 1]; e++) firstHeld = Math.min(firstHeld, g.outTarget[e]);
            order[count++] = ((long) firstHeld << 32) | p;
        }
        Arrays.sort(order, 0, count);
        List<IntegratedShare> shares = new ArrayList<>();
        List<IntegratedShare> ofPerson = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int p = (int) order[k];
            String person = graph.id(p);
            propagate(p, (j, x) -> {
                if (x >= minShare) ofPerson.add(new IntegratedShare(person, graph.id(j), x));
            });
            if (ofPerson.size() > 1) ofPerson.sort(Comparator.comparing(IntegratedShare::companyId));
            shares.addAll(ofPerson);
            ofPerson.clear();
        }
        return shares;
    }

    /**
     * Integrated shares of one holder in the given companies (0 where it has none), with one propagation.
     */
    double[] shares(String holderId, List<String> companyIds) {
        double[] found = new double[companyIds.size()];
        int p = graph.indexOf(holderId);
        if (p < 0) return found;
        Map<Integer, Integer> position = new HashMap<>();
        for (int k = 0; k < companyIds.size(); k++) {
            int j = graph.indexOf(companyIds.get(k));
            if (j >= 0) position.put(j, k);
        }
        propagate(p, (j, x) -> {
            Integer k = position.get(j);
            if (k != null) found[k] = x;
        });
        return found;
    }

    interface ShareSink {
        void share(int company, double x);
    }

    /** Solves x = d_p + x A over the components reachable from p and reports every positive x_j. */
    void propagate(int p, ShareSink sink) {
        Workspace w = work;
        for (int e = g.outStart[p]; e < g.outStart[p + 1]; e++) w.add(g.outTarget[e], g.weight[e], scc);
        while (!w.heapEmpty()) {
            int c = w.popMax();
            int first = scc.memberStart(c);
            int last = scc.memberEnd(c);
            if (last - first == 1) {
                int j = scc.member(first);
                w.x[j] = w.acc[j] / (1 - selfRatio[j]);
            } else {
                solver(c).solve(w.acc, w.x);
            }
            for (int k = first; k < last; k++) {
                int i = scc.member(k);
                w.visited(i);
                double xi = w.x[i];
                if (xi == 0) continue;
                sink.share(i, xi);
                for (int e = g.outStart[i]; e < g.outStart[i + 1]; e++) {
                    int j = g.outTarget[e];
                    if (scc.component(j) != c) w.add(j, xi * g.weight[e], scc);
                }
            }
        }
        w.reset(scc);
    }

    private CrossHoldingSolver solver(int c) {
        CrossHoldingSolver s = solvers[c];
        if (s == null) {
            s = scc.size(c) <= denseLimit ? new DenseSolver(c) : new IterativeSolver(c);
            solvers[c] = s;
        }
        return s;
    }

    /** Solves x_S (I - A_SS) = b_S for one cross-holding component, reading b from acc and writing x. */
    private interface CrossHoldingSolver {
        void solve(double[] acc, double[] x);
    }

    /** LU factorisation of (I - A_SS)^T with partial pivoting; each solve is O(s²). */
    private final class DenseSolver implements CrossHoldingSolver {
        private final int c;
        private final int s;
        private final double[] lu;
        private final int[] pivot;
        private final double[] rhs;

        DenseSolver(int c) {
            this.c = c;
            s = scc.size(c);
            lu = new double[s * s];
            pivot = new int[s];
            rhs = new double[s];
            // Row r of M = (I - A_SS)^T is the equation of company r: x_r - sum_i x_i a(i, r) = b_r.
            for (int r = 0; r < s; r++) lu[r * s + r] = 1;
            for (int k = scc.memberStart(c); k < scc.memberEnd(c); k++) {
                int i = scc.member(k);
                for (int e = g.outStart[i]; e < g.outStart[i + 1]; e++) {
                    int j = g.outTarget[e];
                    if (scc.component(j) == c) lu[local[j] * s + local[i]] -= g.weight[e];
                }
            }
            for (int col = 0; col < s; col++) {
                int best = col;
                for (int r = col + 1; r < s; r++) {
                    if (Math.abs(lu[r * s + col]) > Math.abs(lu[best * s + col])) best = r;
                }
                if (Math.abs(lu[best * s + col]) < SINGULAR) throw singular(c);
                pivot[col] = best;
                if (best != col) {
                    for (int k = 0; k < s; k++) {
                        double t = lu[col * s + k];
                        lu[col * s + k] = lu[best * s + k];
                        lu[best * s + k] = t;
                    }
                }
                double d = lu[col * s + col];
                for (int r = col + 1; r < s; r++) {
                    double f = lu[r * s + col] / d;
                    if (f == 0) continue;
                    lu[r * s + col] = f;
                    for (int k = col + 1; k < s; k++) lu[r * s + k] -= f * lu[col * s + k];
                }
            }
        }

        @Override
        public void solve(double[] acc, double[] x) {
            int base = scc.memberStart(c);
            for (int r = 0; r < s; r++) rhs[r] = acc[scc.member(base + r)];
            for (int col = 0; col < s; col++) {
                int p = pivot[col];
                if (p != col) {
                    double t = rhs[col];
                    rhs[col] = rhs[p];
                    rhs[p] = t;
                }
            }
            for (int r = 0; r < s; r++) {
                double v = rhs[r];
                for (int k = 0; k < r; k++) v -= lu[r * s + k] * rhs[k];
                rhs[r] = v;
            }
            for (int r = s - 1; r >= 0; r--) {
                double v = rhs[r];
                for (int k = r + 1; k < s; k++) v -= lu[r * s + k] * rhs[k];
                rhs[r] = v / lu[r * s + r];
            }
            for (int r = 0; r < s; r++) x[scc.member(base + r)] = rhs[r];
        }
    }

    /** Gauss–Seidel sweeps over the component's in-edges until no value changes by more than 1e-15 (relative). */
    private final class IterativeSolver implements CrossHoldingSolver {
        private static final int MAX_SWEEPS = 100_000;
        private final int c;

        IterativeSolver(int c) {
            this.c = c;
        }

        @Override
        public void solve(double[] acc, double[] x) {
            for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                double change = 0;
                for (int k = scc.memberStart(c); k < scc.memberEnd(c); k++) {
                    int j = scc.member(k);
                    double v = acc[j];
                    for (int q = g.inStart[j]; q < g.inStart[j + 1]; q++) {
                        int i = g.inSource[q];
                        if (i != j && scc.component(i) == c) v += x[i] * g.weight[g.inEdge[q]];
                    }
                    v /= 1 - selfRatio[j];
                    change = Math.max(change, Math.abs(v - x[j]) / Math.max(1e-300, Math.abs(v)));
                    x[j] = v;
                }
                if (change <= 1e-15) return;
            }
            throw singular(c);
        }
    }

    private IllegalStateException singular(int c) {
        List<String> ids = new ArrayList<>();
        for (int k = scc.memberStart(c); k < Math.min(scc.memberEnd(c), scc.memberStart(c) + 10); k++) {
            ids.add(graph.id(scc.member(k)));
        }
        return new IllegalStateException("cross-holding with no outside owner (stakes around the cycle reach 100%): "
                + ids);
    }

    /**
     * Sparse work arrays of one propagation: inflow and solution per node, reset through the list of solved nodes,
     * and a max-heap of component numbers, so that a component is solved after everything upstream of it.
     */
    private static final class Workspace {
        final double[] acc;
        final double[] x;
        private final boolean[] queued;
        private final int[] heap;
        private int heapSize;
        private final int[] solved;
        private int solvedCount;

        Workspace(int n, int comps) {
            acc = new double[n];
            x = new double[n];
            queued = new boolean[comps];
            heap = new int[comps];
            solved = new int[n];
        }

        void add(int j, double amount, NodePartition scc) {
            acc[j] += amount;
            int c = scc.component(j);
            if (!queued[c]) {
                queued[c] = true;
                push(c);
            }
        }

        /** Every component pushed is solved, and every member of a solved component passes here once. */
        void visited(int j) {
            solved[solvedCount++] = j;
        }

        boolean heapEmpty() {
            return heapSize == 0;
        }

        private void push(int c) {
            int i = heapSize++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heap[parent] >= c) break;
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = c;
        }

        int popMax() {
            int top = heap[0];
            int last = heap[--heapSize];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= heapSize) break;
                if (child + 1 < heapSize && heap[child + 1] > heap[child]) child++;
                if (heap[child] <= last) break;
                heap[i] = heap[child];
                i = child;
            }
            if (heapSize > 0) heap[i] = last;
            return top;
        }

        void reset(NodePartition scc) {
            for (int k = 0; k < solvedCount; k++) {
                int j = solved[k];
                acc[j] = 0;
                x[j] = 0;
                queued[scc.component(j)] = false;
            }
            solvedCount = 0;
        }
    }
}
