package com.guanxi.ingest;

import java.util.List;

/** What one import batch read: the counters of every file found, in reading order. */
public record BatchSummary(String batchId, List<FileStats> files) {
    public BatchSummary {
        files = List.copyOf(files);
    }

    public long rows() {
        return files.stream().mapToLong(FileStats::rows).sum();
    }

    public long loaded() {
        return files.stream().mapToLong(FileStats::loaded).sum();
    }

    public long rejected() {
        return files.stream().mapToLong(FileStats::rejected).sum();
    }
}
