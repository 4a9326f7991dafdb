package com.guanxi.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A credit application as the decision layer sees it (api.md, "Decision layer"): the applicant and guarantors
 * already resolved to Guanxi subject ids, the amount in CNY yuan and the product.
 *
 * @param requestId  caller's id for the application, may be {@code null}
 * @param applicant  subject id (USCC or Guanxi id) of the borrower
 * @param guarantors subject ids of the proposed guarantors, in the order given (may be empty)
 * @param amount     requested amount in CNY yuan, not negative
 * @param product    credit product code, may be {@code null}
 * @param asOf       date the tags and features were evaluated at, may be {@code null}
 */
public record DecisionRequest(String requestId, String applicant, List<String> guarantors, BigDecimal amount,
                              String product, LocalDate asOf) {

    public DecisionRequest {
        if (applicant == null || applicant.isBlank()) throw new IllegalArgumentException("applicant is required");
        guarantors = guarantors == null ? List.of() : List.copyOf(guarantors);
        for (String g : guarantors) {
            if (g.isBlank()) throw new IllegalArgumentException("guarantor ids must not be blank");
        }
        if (amount == null) throw new IllegalArgumentException("amount is required");
        if (amount.signum() < 0) throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
}
