package com.guanxi.ingest;

/**
 * Counters for one delivered file. {@code rows} counts data rows (CSV records after the header, non-blank JSON lines);
 * every row is either loaded or rejected, never dropped.
 */
public record FileStats(String file, long rows, long loaded, long rejected) {
    public FileStats {
        if (rows != loaded + rejected) throw new IllegalArgumentException("rows must equal loaded + rejected");
        if (loaded < 0 || rejected < 0) throw new IllegalArgumentException("negative counter");
    }
}
