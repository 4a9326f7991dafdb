package com.guanxi.analysis;

import java.util.List;

/** The structural findings on one guarantee graph: mutual pairs, loops, circles and chains. */
public record GuaranteeStructure(GuaranteeGraph graph, List<MutualGuarantee> mutualPairs, List<GuaranteeLoop> loops,
                                 List<GuaranteeCircle> circles, GuaranteeChains chains) {
    public GuaranteeStructure {
        mutualPairs = List.copyOf(mutualPairs);
        loops = List.copyOf(loops);
        circles = List.copyOf(circles);
    }

    /** Runs every structural algorithm on {@code g}. */
    public static GuaranteeStructure of(GuaranteeGraph g, AnalysisParams params) {
        return new GuaranteeStructure(g, MutualGuarantees.find(g), GuaranteeLoops.find(g, params),
                GuaranteeCircles.find(g, params), LongestGuaranteeChains.compute(g, params));
    }
}
