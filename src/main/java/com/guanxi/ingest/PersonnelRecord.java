package com.guanxi.ingest;

import java.util.Map;

/** One valid row of personnel.csv. */
public record PersonnelRecord(SourceRef source, String companyUscc, String companyName, String personName,
                              String position, Map<String, String> extra) {
}
