package com.guanxi.resolution;

import java.util.List;

/** A possible entity for a mention, with its score (log2 odds), probability and waterfall. */
public record Candidate(String entityId, String matchedName, double score, double probability,
                        List<ExplanationStep> explanation) {
    public Candidate {
        explanation = List.copyOf(explanation);
    }
}
