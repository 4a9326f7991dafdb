package com.guanxi.cli;

import com.guanxi.ingest.FileStats;
import com.guanxi.ingest.ImportBatch;

import java.io.PrintStream;
import java.time.Duration;

/** The per-file summary printed after an import. */
final class ImportSummary {
    private ImportSummary() {
    }

    static void print(ImportBatch batch, PrintStream out) {
        out.printf("Batch %s: %s%n", batch.batchId(), batch.state());
        out.printf("  %-20s %12s %12s %12s%n", "file", "rows", "loaded", "rejected");
        long rows = 0, loaded = 0, rejected = 0;
        for (FileStats f : batch.files()) {
            out.printf("  %-20s %,12d %,12d %,12d%n", f.file(), f.rows(), f.loaded(), f.rejected());
            rows += f.rows();
            loaded += f.loaded();
            rejected += f.rejected();
        }
        out.printf("  %-20s %,12d %,12d %,12d%n", "total", rows, loaded, rejected);
        if (batch.finishedAt() != null) {
            double seconds = Duration.between(batch.startedAt(), batch.finishedAt()).toMillis() / 1000.0;
            out.printf("  %.1f s, %,.0f rows/s%n", seconds, rows / Math.max(seconds, 1e-3));
        }
        long peakHeap = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        out.printf("  peak heap %,d MB%n", peakHeap / (1024 * 1024));
        if (rejected > 0) {
            out.printf("  Rejects (file, line, column, value, reason): GET /api/imports/%s/rejects%n", batch.batchId());
        }
        if (batch.error() != null) {
            out.println("  " + batch.error());
        }
    }
}
