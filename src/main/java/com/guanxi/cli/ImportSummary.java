package com.guanxi.cli;

import com.guanxi.ingest.FileStats;
import com.guanxi.ingest.ImportBatch;

import java.io.PrintStream;
import java.time.Duration;

/** The per-file summary printed after an import. */
final class ImportSummary {
    private ImportSummary() {
    }

    /**
     * What an import in this process cost: peak heap (the sum of each heap pool's peak, as before), the most heap in
     * use after a collection, and the process's CPU time with the rows per CPU-second it gives — the figure that does
     * not depend on what else the machine was running.
     */
    static void printCost(ImportBatch batch, ImportMeter meter, PrintStream out) {
        long peakHeap = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long rows = batch.files().stream().mapToLong(FileStats::rows).sum();
        double cpu = meter.cpuSeconds();
        out.printf("  peak heap %,d MB, old generation after its collections at most %,d MB (max heap %,d MB)%n", peakHeap / (1024 * 1024),
                meter.liveHeapAfterGc() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.printf("  CPU %.1f s (process, all threads): %,.0f rows per CPU-second, %d cores%n", cpu,
                rows / Math.max(cpu, 1e-3), Runtime.getRuntime().availableProcessors());
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
        if (rejected > 0) {
            out.printf("  Rejects (file, line, column, value, reason): GET /api/imports/%s/rejects%n", batch.batchId());
        }
        if (batch.error() != null) {
            out.println("  " + batch.error());
        }
    }
}
