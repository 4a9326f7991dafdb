package com.guanxi.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** One valid row of shareholders.csv. {@code ratio} in 0..1, null when not delivered (derive from subscribed capital). */
public record ShareholderRecord(SourceRef source, String companyUscc, String companyName, String shareholderName,
                                String shareholderType, String shareholderUscc, BigDecimal ratio,
                                Money subscribedCapital, LocalDate since, Map<String, String> extra) {
}
