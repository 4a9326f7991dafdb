package com.guanxi.ingest;

/** Where a fact came from (数据溯源): import batch, file name and 1-based physical line (header = line 1; JSON line for .jsonl). */
public record SourceRef(String batchId, String file, long line) {
}
