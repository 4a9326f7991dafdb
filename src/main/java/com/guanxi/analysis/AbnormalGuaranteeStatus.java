package com.guanxi.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Abnormal status (definitions.md "ABNORMAL_STATUS"): a company whose registry status is revoked or cancelled
 * ({@link AnalysisParams#abnormalStatusMarkers()}) while it is guarantor or borrower on an active contract, i.e. a
 * node of G. O(n).
 */
public final class AbnormalGuaranteeStatus {
    private AbnormalGuaranteeStatus() {
    }

    /** The companies, sorted by id. */
    public static List<AbnormalStatusCompany> find(GuaranteeGraph g, CompanyRegistry registry, AnalysisParams params) {
        CsrDigraph csr = g.csr;
        List<AbnormalStatusCompany> found = new ArrayList<>();
        for (int v = 0; v < csr.n; v++) {
            CompanyFacts facts = registry.get(g.id(v));
            if (facts == null || !params.isAbnormalStatus(facts.status())) continue;
            found.add(new AbnormalStatusCompany(g.id(v), facts.status(), csr.outDegree(v) > 0, csr.inDegree(v) > 0));
        }
        found.sort(Comparator.comparing(AbnormalStatusCompany::id));
        return found;
    }
}
