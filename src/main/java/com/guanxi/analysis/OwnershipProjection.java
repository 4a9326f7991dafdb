package com.guanxi.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * All direct shareholdings of a run, held column-wise, from which the ownership graph of any date is derived
 * ({@link #asOf}). A party's kind comes from its holdings as holder; a party that only appears as invested company
 * is a {@link PartyKind#COMPANY}. Immutable once built.
 */
public final class OwnershipProjection {
    private static final int NO_DATE = Integer.MIN_VALUE;

    private final IdIndex parties;
    private final PartyKind[] partyKind;
    private final int size;
    private final int[] holder;
    private final int[] company;
    private final double[] ratio;
    private final int[] sinceDay;

    private OwnershipProjection(Builder b) {
        parties = b.parties;
        partyKind = new PartyKind[parties.size()];
        for (int p = 0; p < partyKind.length; p++) {
            partyKind[p] = b.partyKind[p] == null ? PartyKind.COMPANY : b.partyKind[p];
        }
        size = b.size;
        holder = Arrays.copyOf(b.holder, size);
        company = Arrays.copyOf(b.company, size);
        ratio = Arrays.copyOf(b.ratio, size);
        sinceDay = Arrays.copyOf(b.sinceDay, size);
        for (int i = 0; i < size; i++) {
            if (partyKind[company[i]] == PartyKind.PERSON) {
                throw new IllegalArgumentException("person " + parties.id(company[i]) + " cannot be held");
            }
        }
    }

    public static Builder builder() {
        return new Builder(1024);
    }

    public static OwnershipProjection of(Collection<Holding> holdings) {
        Builder b = new Builder(holdings.size());
        holdings.forEach(b::add);
        return b.build();
    }

    public int holdingCount() {
        return size;
    }

    /** Every holding as it was added, in order (for comparing projections; a run uses {@link #asOf}). */
    public List<Holding> holdings() {
        List<Holding> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new Holding(parties.id(holder[i]), partyKind[holder[i]], parties.id(company[i]), ratio[i],
                    sinceDay[i] == NO_DATE ? null : LocalDate.ofEpochDay(sinceDay[i])));
        }
        return out;
    }

    /**
     * The ownership graph at {@code asOf}: holdings whose {@code since} is unknown or not after that date,
     * holder -> company, ratios of repeated holder/company rows summed. O(holdings + parties).
     */
    public OwnershipGraph asOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        int day = (int) asOf.toEpochDay();
        boolean[] selected = new boolean[size];
        for (int i = 0; i < size; i++) selected[i] = sinceDay[i] == NO_DATE || sinceDay[i] <= day;
        String[] ids = new String[parties.size()];
        for (int p = 0; p < ids.length; p++) ids[p] = parties.id(p);
        CsrDigraph csr = CsrDigraph.build(ids.length, size, holder, company, ratio, selected);
        return new OwnershipGraph(asOf, ids, partyKind.clone(), csr);
    }

    /** Collects holdings; each holder id must keep one kind throughout. A builder builds once. */
    public static final class Builder {
        private final IdIndex parties;
        private PartyKind[] partyKind;
        private boolean built;
        private int size;
        private int[] holder;
        private int[] company;
        private double[] ratio;
        private int[] sinceDay;

        private Builder(int expected) {
            int cap = Math.max(16, expected);
            parties = new IdIndex(cap);
            partyKind = new PartyKind[cap];
            holder = new int[cap];
            company = new int[cap];
            ratio = new double[cap];
            sinceDay = new int[cap];
        }

        /** @throws IllegalArgumentException when the holder was already seen with another kind */
        public Builder add(Holding h) {
            if (built) throw new IllegalStateException("already built");
            if (size == holder.length) {
                int cap = size * 2;
                holder = Arrays.copyOf(holder, cap);
                company = Arrays.copyOf(company, cap);
                ratio = Arrays.copyOf(ratio, cap);
                sinceDay = Arrays.copyOf(sinceDay, cap);
            }
            int p = party(h.holderId());
            if (partyKind[p] == null) {
                partyKind[p] = h.holderKind();
            } else if (partyKind[p] != h.holderKind()) {
                throw new IllegalArgumentException("holder " + h.holderId() + " is both " + partyKind[p] + " and "
                        + h.holderKind());
            }
            holder[size] = p;
            company[size] = party(h.companyId());
            ratio[size] = h.ratio();
            sinceDay[size] = h.since() == null ? NO_DATE : (int) h.since().toEpochDay();
            size++;
            return this;
        }

        private int party(String id) {
            int p = parties.intern(id);
            if (p == partyKind.length) partyKind = Arrays.copyOf(partyKind, p * 2);
            return p;
        }

        public OwnershipProjection build() {
            if (built) throw new IllegalStateException("already built");
            built = true;
            return new OwnershipProjection(this);
        }
    }
}
