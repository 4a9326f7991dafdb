package com.guanxi.analysis;

import java.util.Map;
import java.util.Set;

/**
 * Thresholds of the analytics, defaults as marked "(config)" in shared/design/definitions.md.
 *
 * @param circleMinSize             members a weakly connected component needs to be a guarantee circle (3)
 * @param loopMinSize               members a strongly connected component needs to be a guarantee loop (3)
 * @param chainMinEdges             edges a chain needs to be a long guarantee chain (3)
 * @param loopEvidenceMaxMembers    loops up to this size get a shortest cycle for every member eagerly; larger loops
 *                                  get their evidence on demand ({@link GuaranteeLoops#shortestCycleThrough}), since
 *                                  one BFS per member is quadratic in the loop size
 * @param overGuaranteeFactor       over-guarantee when the active amount given exceeds this × registered capital (1.0)
 * @param cnyPerUnit                exchange rates (CNY per unit of the currency) that make a foreign-currency capital
 *                                  comparable; none by default, so such companies are not tagged
 * @param abnormalStatusMarkers     registry status texts (matched as substrings) meaning revoked/cancelled
 * @param absoluteControl           votes must exceed this for absolute control (0.5)
 * @param relativeControl           votes must reach this, and lead every other bloc, for relative control (0.3)
 * @param beneficialOwnerMin        integrated ownership making a natural person a beneficial owner (0.25)
 * @param integratedOwnershipReportMin integrated stakes at least this are listed in results (0.01)
 * @param sharedContactMinOthers    a company sharing a contact with at least this many others is tagged (5)
 */
public record AnalysisParams(int circleMinSize, int loopMinSize, int chainMinEdges, int loopEvidenceMaxMembers,
                             double overGuaranteeFactor, Map<String, Double> cnyPerUnit,
                             Set<String> abnormalStatusMarkers, double absoluteControl, double relativeControl,
                             double beneficialOwnerMin, double integratedOwnershipReportMin,
                             int sharedContactMinOthers) {

    public AnalysisParams {
        if (circleMinSize < 2 || loopMinSize < 2) throw new IllegalArgumentException("circle and loop sizes start at 2");
        if (chainMinEdges < 1) throw new IllegalArgumentException("chainMinEdges must be positive");
        if (loopEvidenceMaxMembers < 0) throw new IllegalArgumentException("loopEvidenceMaxMembers must be >= 0");
        if (!(overGuaranteeFactor > 0)) throw new IllegalArgumentException("overGuaranteeFactor must be positive");
        if (!(relativeControl > 0 && relativeControl <= absoluteControl && absoluteControl < 1)) {
            throw new IllegalArgumentException("need 0 < relativeControl <= absoluteControl < 1");
        }
        if (!(beneficialOwnerMin > 0 && beneficialOwnerMin <= 1)) {
            throw new IllegalArgumentException("beneficialOwnerMin must be in (0, 1]");
        }
        if (!(integratedOwnershipReportMin > 0 && integratedOwnershipReportMin <= 1)) {
            throw new IllegalArgumentException("integratedOwnershipReportMin must be in (0, 1]");
        }
        if (sharedContactMinOthers < 1) throw new IllegalArgumentException("sharedContactMinOthers must be positive");
        cnyPerUnit = Map.copyOf(cnyPerUnit);
        cnyPerUnit.forEach((currency, rate) -> {
            if (!(rate > 0)) throw new IllegalArgumentException("rate for " + currency + " must be positive");
        });
        abnormalStatusMarkers = Set.copyOf(abnormalStatusMarkers);
    }

    /** The defaults of definitions.md. */
    public static AnalysisParams defaults() {
        return new AnalysisParams(3, 3, 3, 10_000, 1.0, Map.of(), Set.of("吊销", "注销"), 0.5, 0.3, 0.25, 0.01, 5);
    }

    boolean isAbnormalStatus(String status) {
        if (status == null) return false;
        for (String marker : abnormalStatusMarkers) {
            if (status.contains(marker)) return true;
        }
        return false;
    }
}
