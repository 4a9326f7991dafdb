package com.guanxi.ingest;

import java.time.LocalDate;
import java.util.Map;

/** One valid line of judgments.jsonl. {@code caseNoNormalized} uses half-width brackets and no spaces. */
public record JudgmentRecord(SourceRef source, String caseNo, String caseNoNormalized, String court, LocalDate date,
                             String cause, String docType, String text, Map<String, String> extra) {
}
