package com.guanxi.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five files of the canonical import format (shared/contracts/import-format.md), in the order a batch is read:
 * registry first, so that later files can refer to it.
 */
public enum CanonicalFile {
    COMPANIES("companies.csv", List.of("uscc", "reg_no", "name", "former_names", "legal_rep", "registered_capital",
            "established", "status", "company_type", "address", "phone", "email", "industry")) {
        @Override
        void load(Row row, String batchId, IngestSink sink) throws RowRejected {
            sink.company(CanonicalRecords.company(row, batchId));
        }
    },
    SHAREHOLDERS("shareholders.csv", List.of("company_uscc", "company_name", "shareholder_name", "shareholder_type",
            "shareholder_uscc", "ratio", "subscribed_capital", "since")) {
        @Override
        void load(Row row, String batchId, IngestSink sink) throws RowRejected {
            sink.shareholder(CanonicalRecords.shareholder(row, batchId));
        }
    },
    PERSONNEL("personnel.csv", List.of("company_uscc", "company_name", "person_name", "position")) {
        @Override
        void load(Row row, String batchId, IngestSink sink) throws RowRejected {
            sink.personnel(CanonicalRecords.personnel(row, batchId));
        }
    },
    GUARANTEES("guarantees.csv", List.of("contract_id", "guarantor_name", "guarantor_uscc", "borrower_name",
            "borrower_uscc", "creditor_name", "amount", "guarantee_type", "start_date", "end_date", "status")) {
        @Override
        void load(Row row, String batchId, IngestSink sink) throws RowRejected {
            sink.guarantee(CanonicalRecords.guarantee(row, batchId));
        }
    },
    JUDGMENTS("judgments.jsonl", List.of("case_no", "court", "date", "cause", "doc_type", "text")) {
        @Override
        void load(Row row, String batchId, IngestSink sink) throws RowRejected {
            sink.judgment(CanonicalRecords.judgment(row, batchId));
        }
    };

    private final String fileName;
    private final List<String> columns;

    CanonicalFile(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    /** The canonical column (or JSON field) names, in the documented order. */
    public List<String> columns() {
        return columns;
    }

    public boolean isJsonLines() {
        return fileName.endsWith(".jsonl");
    }

    public static Optional<CanonicalFile> byFileName(String name) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst();
    }

    /** Validates one row and hands the record to the sink. */
    abstract void load(Row row, String batchId, IngestSink sink) throws RowRejected;
}
