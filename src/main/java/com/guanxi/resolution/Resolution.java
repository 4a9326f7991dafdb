package com.guanxi.resolution;

import java.util.List;

/**
 * The answer for one mention, with the evidence (every link explains itself).
 *
 * @param entityType  company or person
 * @param entityId    USCC / {@code REGNO-…} for registry companies, {@code EXT-…} for organisations outside the
 *                    registry, {@code P-…} for persons; null while the mention waits for review
 * @param uscc        the entity's USCC when known
 * @param confidence  probability of the link (0..1) from the final score
 * @param method      how it was linked
 * @param score       final score in bits (log2 odds)
 * @param explanation the waterfall: prior, one step per comparison, final total in the last step
 * @param candidates  the candidates considered, best first (for review items: the choices to offer)
 */
public record Resolution(EntityType entityType, String entityId, String uscc, double confidence, Method method,
                         double score, List<ExplanationStep> explanation, List<Candidate> candidates) {
    public Resolution {
        if (entityType == null || method == null) throw new IllegalArgumentException("type and method are required");
        if (entityId == null && method != Method.REVIEW) throw new IllegalArgumentException("only review leaves the entity open");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence must lie in [0, 1]");
        explanation = List.copyOf(explanation);
        candidates = List.copyOf(candidates);
    }

    public boolean linked() {
        return entityId != null;
    }
}
