package com.guanxi.decision;

import java.math.BigDecimal;
import java.util.List;

/**
 * A credit application as a client sends it (api.md {@code POST /api/decisions}): the applicant and guarantors by
 * id, USCC, reg_no or exact (former) name, not yet resolved.
 *
 * @param requestId  the caller's id for the application, may be null
 * @param applicant  the borrower
 * @param guarantors the proposed guarantors, may be empty
 * @param amount     requested amount in CNY yuan
 * @param product    credit product code, may be null
 */
public record CreditApplication(String requestId, String applicant, List<String> guarantors, BigDecimal amount,
                                String product) {
    public CreditApplication {
        guarantors = guarantors == null ? List.of() : List.copyOf(guarantors);
    }
}
