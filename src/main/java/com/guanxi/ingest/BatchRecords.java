package com.guanxi.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The valid records of a batch held together, for resolution that must see the whole batch before anything is
 * written (a person is told apart from a namesake by the rows around both). Rejects go straight on.
 */
public final class BatchRecords implements IngestSink {
    public final List<CompanyRecord> companies = new ArrayList<>();
    public final List<ShareholderRecord> shareholders = new ArrayList<>();
    public final List<PersonnelRecord> personnel = new ArrayList<>();
    public final List<GuaranteeRecord> guarantees = new ArrayList<>();
    public final List<JudgmentRecord> judgments = new ArrayList<>();
    private final Consumer<Reject> rejects;

    public BatchRecords(Consumer<Reject> rejects) {
        this.rejects = rejects;
    }

    @Override public void company(CompanyRecord r) { companies.add(r); }
    @Override public void shareholder(ShareholderRecord r) { shareholders.add(r); }
    @Override public void personnel(PersonnelRecord r) { personnel.add(r); }
    @Override public void guarantee(GuaranteeRecord r) { guarantees.add(r); }
    @Override public void judgment(JudgmentRecord r) { judgments.add(r); }
    @Override public void reject(Reject r) { rejects.accept(r); }
}
