package com.guanxi.analysis;

import java.time.LocalDate;

/**
 * Runs the guarantee-network algorithms of definitions.md on the active graph of one date: mutual pairs, loops,
 * circles, chains (with and without person guarantors), over-guarantee and abnormal status. Linear in the size of
 * G except loop evidence (see {@link GuaranteeLoops}). Contagion sets are per defaulted company: use
 * {@code new GuaranteeContagion(result.all().graph()).of(id)}.
 */
public final class GuaranteeNetworkAnalysis {
    private GuaranteeNetworkAnalysis() {
    }

    public static GuaranteeNetworkResult analyse(GuaranteeProjection projection, CompanyRegistry registry,
                                                 LocalDate asOf, AnalysisParams params) {
        GuaranteeGraph g = projection.activeGraph(asOf);
        return new GuaranteeNetworkResult(asOf,
                GuaranteeStructure.of(g, params),
                GuaranteeStructure.of(g.withoutPersonGuarantors(), params),
                OverGuarantee.find(g, registry, params),
                AbnormalGuaranteeStatus.find(g, registry, params));
    }
}
