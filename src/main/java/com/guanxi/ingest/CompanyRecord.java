package com.guanxi.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One valid row of companies.csv. Strings are as delivered (trimmed), never rewritten; null when blank. */
public record CompanyRecord(SourceRef source, String uscc, String regNo, String name, List<String> formerNames,
                            String legalRep, Money registeredCapital, LocalDate established, String status,
                            String companyType, String address, String phone, String email, String industry,
                            Map<String, String> extra) {
}
