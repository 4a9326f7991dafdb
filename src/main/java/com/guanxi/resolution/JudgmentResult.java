package com.guanxi.resolution;

import com.guanxi.extraction.JudgmentExtraction;
import com.guanxi.ingest.SourceRef;

import java.util.List;

/** One judgment: its case id (normalised case number), what was extracted and the resolved parties. */
public record JudgmentResult(SourceRef source, String caseId, JudgmentExtraction extraction, List<ResolvedParty> parties) {
    public JudgmentResult {
        parties = List.copyOf(parties);
    }
}
