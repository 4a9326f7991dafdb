package com.guanxi.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One direct shareholding (持股) between resolved parties, as the projection loader delivers it.
 *
 * @param holderId   resolved id of the shareholder (person, registry company or external company)
 * @param holderKind what the holder is
 * @param companyId  resolved id of the invested company
 * @param ratio      fraction of the company held, 0..1 (derived from subscribed / registered capital when the
 *                   source gives no ratio; that is the loader's job)
 * @param since      date from which the holding counts; null when unknown (always counts)
 */
public record Holding(String holderId, PartyKind holderKind, String companyId, double ratio, LocalDate since) {
    public Holding {
        Objects.requireNonNull(holderId, "holderId");
        Objects.requireNonNull(holderKind, "holderKind");
        Objects.requireNonNull(companyId, "companyId");
        if (holderId.isBlank() || companyId.isBlank()) throw new IllegalArgumentException("blank id");
        if (!(ratio >= 0 && ratio <= 1)) throw new IllegalArgumentException("ratio must be in [0, 1]: " + ratio);
    }
}
