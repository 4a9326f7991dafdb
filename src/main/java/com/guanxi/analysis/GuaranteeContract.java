package com.guanxi.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One guarantee contract (担保合同) between resolved parties, as the projection loader delivers it.
 *
 * @param contractId    担保合同编号
 * @param guarantorId   resolved id of the 担保人 (company id or person id)
 * @param guarantorKind person, registry company or external company
 * @param borrowerId    resolved id of the 被担保人
 * @param borrowerKind  person, registry company or external company
 * @param amountYuan    guaranteed amount in CNY yuan, never negative
 * @param start         first day of the guarantee, null when open
 * @param end           last day of the guarantee (inclusive), null when open
 * @param status        ACTIVE (also for a blank status) or RELEASED (解除)
 */
public record GuaranteeContract(String contractId, String guarantorId, PartyKind guarantorKind, String borrowerId,
                                PartyKind borrowerKind, double amountYuan, LocalDate start, LocalDate end,
                                Status status) {

    /** Contract status; a blank status in the source means active (definitions.md "Fine points"). */
    public enum Status {
        ACTIVE, RELEASED
    }

    public GuaranteeContract {
        Objects.requireNonNull(contractId, "contractId");
        requireId(guarantorId, "guarantorId");
        requireId(borrowerId, "borrowerId");
        Objects.requireNonNull(guarantorKind, "guarantorKind");
        Objects.requireNonNull(borrowerKind, "borrowerKind");
        if (!(amountYuan >= 0) || Double.isInfinite(amountYuan)) {
            throw new IllegalArgumentException("amount must be a finite non-negative number: " + amountYuan);
        }
        if (status == null) status = Status.ACTIVE;
    }

    private static void requireId(String id, String name) {
        Objects.requireNonNull(id, name);
        if (id.isBlank()) throw new IllegalArgumentException("blank " + name);
    }
}
