package com.guanxi.resolution;

import com.guanxi.ingest.CompanyRecord;
import com.guanxi.ingest.GuaranteeRecord;
import com.guanxi.ingest.JudgmentRecord;
import com.guanxi.ingest.PersonnelRecord;
import com.guanxi.ingest.ShareholderRecord;

import java.util.List;

/** The valid records of one import batch (any list may be empty). */
public record Batch(String batchId, List<CompanyRecord> companies, List<ShareholderRecord> shareholders,
                    List<PersonnelRecord> personnel, List<GuaranteeRecord> guarantees, List<JudgmentRecord> judgments) {
    public Batch {
        companies = companies == null ? List.of() : List.copyOf(companies);
        shareholders = shareholders == null ? List.of() : List.copyOf(shareholders);
        personnel = personnel == null ? List.of() : List.copyOf(personnel);
        guarantees = guarantees == null ? List.of() : List.copyOf(guarantees);
        judgments = judgments == null ? List.of() : List.copyOf(judgments);
    }
}
