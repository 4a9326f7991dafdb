package com.guanxi.ingest;

import java.util.ArrayList;
import java.util.List;

/** Keeps everything a reader produced (tests only; production sinks stream). */
final class CollectingSink implements IngestSink {
    final List<CompanyRecord> companies = new ArrayList<>();
    final List<ShareholderRecord> shareholders = new ArrayList<>();
    final List<PersonnelRecord> personnel = new ArrayList<>();
    final List<GuaranteeRecord> guarantees = new ArrayList<>();
    final List<JudgmentRecord> judgments = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();

    @Override
    public void company(CompanyRecord r) {
        companies.add(r);
    }

    @Override
    public void shareholder(ShareholderRecord r) {
        shareholders.add(r);
    }

    @Override
    public void personnel(PersonnelRecord r) {
        personnel.add(r);
    }

    @Override
    public void guarantee(GuaranteeRecord r) {
        guarantees.add(r);
    }

    @Override
    public void judgment(JudgmentRecord r) {
        judgments.add(r);
    }

    @Override
    public void reject(Reject r) {
        rejects.add(r);
    }
}
