package com.guanxi.ingest;

import java.time.Instant;
import java.util.List;

/**
 * The state of one import batch as the API reports it (contracts/api.md): per-file counters, and while it runs its
 * progress (rows so far, rows per second, estimated seconds left, from the bytes read of the files).
 */
public record ImportBatch(String batchId, String state, String source, List<FileStats> files, Progress progress,
                          Instant startedAt, Instant finishedAt, String error) {

    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    public record Progress(long rows, long rejected, long bytesRead, long bytesTotal, double rowsPerSecond,
                           Double etaSeconds, String currentFile) {
    }
}
