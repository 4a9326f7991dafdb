package com.guanxi.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups what a reader produces into batches (e.g. one database transaction per batch) without holding more than one
 * batch per record type. Call {@link #close()} (or {@link #flush()}) at the end of a file to hand over the rest.
 * Batches are handed over, not copied: the consumer may keep them.
 */
public final class BatchingSink implements IngestSink, AutoCloseable {

    /** Receives full batches; implement the types you need. */
    public interface BatchConsumer {
        default void companies(List<CompanyRecord> batch) {
        }

        default void shareholders(List<ShareholderRecord> batch) {
        }

        default void personnel(List<PersonnelRecord> batch) {
        }

        default void guarantees(List<GuaranteeRecord> batch) {
        }

        default void judgments(List<JudgmentRecord> batch) {
        }

        default void rejects(List<Reject> batch) {
        }
    }

    private final int size;
    private final BatchConsumer consumer;
    private List<CompanyRecord> companies;
    private List<ShareholderRecord> shareholders;
    private List<PersonnelRecord> personnel;
    private List<GuaranteeRecord> guarantees;
    private List<JudgmentRecord> judgments;
    private List<Reject> rejects;

    public BatchingSink(int batchSize, BatchConsumer consumer) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be positive");
        this.size = batchSize;
        this.consumer = consumer;
        companies = new ArrayList<>();
        shareholders = new ArrayList<>();
        personnel = new ArrayList<>();
        guarantees = new ArrayList<>();
        judgments = new ArrayList<>();
        rejects = new ArrayList<>();
    }

    @Override
    public void company(CompanyRecord r) {
        companies.add(r);
        if (companies.size() == size) flushCompanies();
    }

    @Override
    public void shareholder(ShareholderRecord r) {
        shareholders.add(r);
        if (shareholders.size() == size) flushShareholders();
    }

    @Override
    public void personnel(PersonnelRecord r) {
        personnel.add(r);
        if (personnel.size() == size) flushPersonnel();
    }

    @Override
    public void guarantee(GuaranteeRecord r) {
        guarantees.add(r);
        if (guarantees.size() == size) flushGuarantees();
    }

    @Override
    public void judgment(JudgmentRecord r) {
        judgments.add(r);
        if (judgments.size() == size) flushJudgments();
    }

    @Override
    public void reject(Reject r) {
        rejects.add(r);
        if (rejects.size() == size) flushRejects();
    }

    /** Hands over every partial batch. */
    public void flush() {
        if (!companies.isEmpty()) flushCompanies();
        if (!shareholders.isEmpty()) flushShareholders();
        if (!personnel.isEmpty()) flushPersonnel();
        if (!guarantees.isEmpty()) flushGuarantees();
        if (!judgments.isEmpty()) flushJudgments();
        if (!rejects.isEmpty()) flushRejects();
    }

    @Override
    public void close() {
        flush();
    }

    private void flushCompanies() {
        List<CompanyRecord> b = companies;
        companies = new ArrayList<>(size);
        consumer.companies(b);
    }

    private void flushShareholders() {
        List<ShareholderRecord> b = shareholders;
        shareholders = new ArrayList<>(size);
        consumer.shareholders(b);
    }

    private void flushPersonnel() {
        List<PersonnelRecord> b = personnel;
        personnel = new ArrayList<>(size);
        consumer.personnel(b);
    }

    private void flushGuarantees() {
        List<GuaranteeRecord> b = guarantees;
        guarantees = new ArrayList<>(size);
        consumer.guarantees(b);
    }

    private void flushJudgments() {
        List<JudgmentRecord> b = judgments;
        judgments = new ArrayList<>(size);
        consumer.judgments(b);
    }

    private void flushRejects() {
        List<Reject> b = rejects;
        rejects = new ArrayList<>(size);
        consumer.rejects(b);
    }
}
