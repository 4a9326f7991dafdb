package com.guanxi.analysis;

import java.util.List;

/** One edge of G: the active contracts from a guarantor to a borrower, amounts summed (CNY yuan). */
public record GuaranteeEdge(String guarantorId, String borrowerId, double amountYuan, List<String> contractIds) {
    public GuaranteeEdge {
        contractIds = List.copyOf(contractIds);
    }
}
