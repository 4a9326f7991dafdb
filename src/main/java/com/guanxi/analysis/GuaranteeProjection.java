package com.guanxi.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * All guarantee contracts of a run, held column-wise (ints and doubles, no object per contract), from which the
 * active guarantee graph G of any date is derived ({@link #activeGraph}). Immutable once built.
 */
public final class GuaranteeProjection {
    private static final int OPEN_START = Integer.MIN_VALUE;
    private static final int OPEN_END = Integer.MAX_VALUE;

    private final IdIndex parties;
    private final PartyKind[] partyKind;
    private final int size;
    private final String[] contractId;
    private final int[] guarantor;
    private final int[] borrower;
    private final double[] amount;
    private final int[] startDay;
    private final int[] endDay;
    private final boolean[] released;

    private GuaranteeProjection(Builder b) {
        parties = b.parties;
        partyKind = Arrays.copyOf(b.partyKind, parties.size());
        size = b.size;
        contractId = Arrays.copyOf(b.contractId, size);
        guarantor = Arrays.copyOf(b.guarantor, size);
        borrower = Arrays.copyOf(b.borrower, size);
        amount = Arrays.copyOf(b.amount, size);
        startDay = Arrays.copyOf(b.startDay, size);
        endDay = Arrays.copyOf(b.endDay, size);
        released = Arrays.copyOf(b.released, size);
    }

    public static Builder builder() {
        return new Builder(1024);
    }

    public static GuaranteeProjection of(Collection<GuaranteeContract> contracts) {
        Builder b = new Builder(contracts.size());
        contracts.forEach(b::add);
        return b.build();
    }

    public int contractCount() {
        return size;
    }

    /** Every contract as it was added, in order (for comparing projections; a run uses {@link #activeGraph}). */
    public List<GuaranteeContract> contracts() {
        List<GuaranteeContract> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new GuaranteeContract(contractId[i], parties.id(guarantor[i]), partyKind[guarantor[i]],
                    parties.id(borrower[i]), partyKind[borrower[i]], amount[i],
                    startDay[i] == OPEN_START ? null : LocalDate.ofEpochDay(startDay[i]),
                    endDay[i] == OPEN_END ? null : LocalDate.ofEpochDay(endDay[i]),
                    released[i] ? GuaranteeContract.Status.RELEASED : GuaranteeContract.Status.ACTIVE));
        }
        return out;
    }

    /**
     * The active guarantee graph G at {@code asOf}: every contract active on that date (status active/blank,
     * start <= asOf <= end, open bounds allowed), guarantor -> borrower, parallel contracts summed; its nodes are the
     * parties of those contracts. O(contracts + parties).
     */
    public GuaranteeGraph activeGraph(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        int day = (int) asOf.toEpochDay();
        boolean[] active = new boolean[size];
        for (int i = 0; i < size; i++) {
            active[i] = !released[i] && startDay[i] <= day && day <= endDay[i];
        }
        return subgraph(asOf, active, false);
    }

    /**
     * G restricted to the selected contracts; with {@code companiesOnly} person guarantors are dropped
     * (the companies-only reading of definitions.md). Nodes are renumbered densely over the kept contracts' parties.
     */
    GuaranteeGraph subgraph(LocalDate asOf, boolean[] selected, boolean companiesOnly) {
        int[] node = new int[parties.size()];
        Arrays.fill(node, -1);
        int n = 0;
        int m = 0;
        boolean[] keep = new boolean[size];
        for (int i = 0; i < size; i++) {
            if (!selected[i] || (companiesOnly && partyKind[guarantor[i]] == PartyKind.PERSON)) continue;
            keep[i] = true;
            m++;
            if (node[guarantor[i]] < 0) node[guarantor[i]] = n++;
            if (node[borrower[i]] < 0) node[borrower[i]] = n++;
        }
        String[] ids = new String[n];
        PartyKind[] kinds = new PartyKind[n];
        for (int p = 0; p < node.length; p++) {
            if (node[p] >= 0) {
                ids[node[p]] = parties.id(p);
                kinds[node[p]] = partyKind[p];
            }
        }
        int[] src = new int[m];
        int[] dst = new int[m];
        double[] w = new double[m];
        int[] contractOfInput = new int[m];
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (!keep[i]) continue;
            src[k] = node[guarantor[i]];
            dst[k] = node[borrower[i]];
            w[k] = amount[i];
            contractOfInput[k] = i;
            k++;
        }
        CsrDigraph csr = CsrDigraph.build(n, m, src, dst, w, null);
        return new GuaranteeGraph(asOf, ids, kinds, csr, contractOfInput, this);
    }

    String contractId(int contract) {
        return contractId[contract];
    }

    /** Collects contracts; each party id must keep one kind throughout. A builder builds once. */
    public static final class Builder {
        private final IdIndex parties;
        private boolean built;
        private PartyKind[] partyKind;
        private int size;
        private String[] contractId;
        private int[] guarantor;
        private int[] borrower;
        private double[] amount;
        private int[] startDay;
        private int[] endDay;
        private boolean[] released;

        private Builder(int expected) {
            int cap = Math.max(16, expected);
            parties = new IdIndex(cap);
            partyKind = new PartyKind[cap];
            contractId = new String[cap];
            guarantor = new int[cap];
            borrower = new int[cap];
            amount = new double[cap];
            startDay = new int[cap];
            endDay = new int[cap];
            released = new boolean[cap];
        }

        /** @throws IllegalArgumentException when a party id was already seen with another kind */
        public Builder add(GuaranteeContract c) {
            if (built) throw new IllegalStateException("already built");
            if (size == contractId.length) grow();
            contractId[size] = c.contractId();
            guarantor[size] = party(c.guarantorId(), c.guarantorKind());
            borrower[size] = party(c.borrowerId(), c.borrowerKind());
            amount[size] = c.amountYuan();
            startDay[size] = c.start() == null ? OPEN_START : (int) c.start().toEpochDay();
            endDay[size] = c.end() == null ? OPEN_END : (int) c.end().toEpochDay();
            released[size] = c.status() == GuaranteeContract.Status.RELEASED;
            size++;
            return this;
        }

        private int party(String id, PartyKind kind) {
            int p = parties.intern(id);
            if (p == partyKind.length) partyKind = Arrays.copyOf(partyKind, p * 2);
            if (partyKind[p] == null) {
                partyKind[p] = kind;
            } else if (partyKind[p] != kind) {
                throw new IllegalArgumentException("party " + id + " is both " + partyKind[p] + " and " + kind);
            }
            return p;
        }

        private void grow() {
            int cap = contractId.length * 2;
            contractId = Arrays.copyOf(contractId, cap);
            guarantor = Arrays.copyOf(guarantor, cap);
            borrower = Arrays.copyOf(borrower, cap);
            amount = Arrays.copyOf(amount, cap);
            startDay = Arrays.copyOf(startDay, cap);
            endDay = Arrays.copyOf(endDay, cap);
            released = Arrays.copyOf(released, cap);
        }

        public GuaranteeProjection build() {
            if (built) throw new IllegalStateException("already built");
            built = true;
            return new GuaranteeProjection(this);
        }
    }
}
