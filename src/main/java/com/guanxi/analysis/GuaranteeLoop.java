package com.guanxi.analysis;

import java.util.List;
import java.util.Map;

/**
 * A guarantee loop (循环担保): a strongly connected component of G with at least the configured members.
 *
 * @param members  the member ids, sorted
 * @param size     number of members
 * @param evidence member -> one shortest simple cycle through it, starting at the member (the closing edge back
 *                 to the member is implied); empty when the loop is larger than
 *                 {@link AnalysisParams#loopEvidenceMaxMembers()} (ask {@link GuaranteeLoops#shortestCycleThrough})
 */
public record GuaranteeLoop(List<String> members, int size, Map<String, List<String>> evidence) {
    public GuaranteeLoop {
        members = List.copyOf(members);
        evidence = Map.copyOf(evidence);
        if (size != members.size()) throw new IllegalArgumentException("size must equal the member count");
    }
}
