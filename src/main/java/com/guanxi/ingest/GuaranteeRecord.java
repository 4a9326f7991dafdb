package com.guanxi.ingest;

import java.time.LocalDate;
import java.util.Map;

/** One valid row of guarantees.csv. {@code status} is normalised to "active" or "released". */
public record GuaranteeRecord(SourceRef source, String contractId, String guarantorName, String guarantorUscc,
                              String borrowerName, String borrowerUscc, String creditorName, Money amount,
                              String guaranteeType, LocalDate startDate, LocalDate endDate, String status,
                              Map<String, String> extra) {
}
