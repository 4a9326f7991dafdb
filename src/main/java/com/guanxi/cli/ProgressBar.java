package com.guanxi.cli;

import com.guanxi.ingest.ImportBatch;

import java.io.PrintStream;

/** One-line progress of an import on the terminal: bar, rows, rows/s and time left. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private boolean drawn;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    synchronized void update(ImportBatch batch) {
        var p = batch.progress();
        if (p == null) return;
        double fraction = p.bytesTotal() == 0 ? 1 : Math.min(1, p.bytesRead() / (double) p.bytesTotal());
        int filled = (int) Math.round(fraction * WIDTH);
        String eta = p.etaSeconds() == null ? "--:--" : duration(p.etaSeconds());
        out.printf("\r[%s%s] %3d%% %,d rows (%,d rejected) %,.0f rows/s ETA %s %s   ",
                "#".repeat(filled), ".".repeat(WIDTH - filled), Math.round(fraction * 100), p.rows(), p.rejected(),
                p.rowsPerSecond(), eta, p.currentFile() == null ? "" : p.currentFile());
        out.flush();
        drawn = true;
    }

    synchronized void finish() {
        if (drawn) out.println();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
