package com.guanxi.ingest;

import java.util.Map;

/**
 * One data row by canonical column name, before validation: values as delivered (null when the column is absent),
 * the unknown columns, and for each canonical column the name to report in a reject (a vendor's own header when the
 * row came through a {@link VendorMapping}).
 */
final class Row {
    final String file;
    final long line;
    private final Map<String, String> values;
    final Map<String, String> extra;
    private final Map<String, String> labels;

    Row(String file, long line, Map<String, String> values, Map<String, String> extra, Map<String, String> labels) {
        this.file = file;
        this.line = line;
        this.values = values;
        this.extra = extra;
        this.labels = labels;
    }

    /** The value as delivered, stripped; null when absent or blank. */
    String get(String column) {
        String v = values.get(column);
        if (v == null) return null;
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    /** The value exactly as delivered (for reject messages). */
    String raw(String column) {
        return values.get(column);
    }

    String label(String column) {
        return labels.getOrDefault(column, column);
    }

    Reject reject(RowRejected r) {
        String column = r.column == null ? null : label(r.column);
        return new Reject(file, line, column, Rejects.boundValue(r.value), r.reason, r.detail);
    }
}
