package com.guanxi.resolution;

/**
 * Where a mention sits (数据溯源): source file, 1-based physical line (JSON line for .jsonl), the column or
 * {@code parties}/{@code text} for judgments, the character offset in a judgment's text (-1 for CSV cells).
 * {@link #key()} is a stable string for judgements and review items.
 */
public record MentionRef(String file, long line, String field, int offset) {
    public MentionRef {
        if (file == null || field == null) throw new IllegalArgumentException("file and field are required");
    }

    public String key() {
        return file + ":" + line + ":" + field + (offset >= 0 ? ":" + offset : "");
    }
}
