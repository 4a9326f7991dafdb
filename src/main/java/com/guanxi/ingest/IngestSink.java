package com.guanxi.ingest;

/**
 * Receives what a reader produces, one record at a time, in file order: valid records and rejects. Implement the
 * methods you need (the others ignore their input). For batched writes wrap a {@link BatchingSink}.
 */
public interface IngestSink {
    default void company(CompanyRecord r) {
    }

    default void shareholder(ShareholderRecord r) {
    }

    default void personnel(PersonnelRecord r) {
    }

    default void guarantee(GuaranteeRecord r) {
    }

    default void judgment(JudgmentRecord r) {
    }

    default void reject(Reject r) {
    }
}
