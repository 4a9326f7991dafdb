package com.guanxi.ingest;

import java.util.List;

/**
 * The per-row loop shared by the canonical and vendor CSV readers: every physical record becomes exactly one loaded
 * record or one reject (encoding first, then column count, then the row rules), and the counters follow.
 */
final class RowLoop {

    /** Builds the canonical {@link Row} from a record's fields (as many as the header has). */
    interface RowFactory {
        Row build(long line, String[] fields) throws RowRejected;
    }

    private RowLoop() {
    }

    static FileStats run(String fileName, CsvTable table, RowFactory factory, CanonicalFile kind, String batchId,
                         IngestSink sink) {
        List<String> header = table.header();
        long rows = 0;
        long rejected = 0;
        CsvTable.RawRow raw;
        while ((raw = table.next()) != null) {
            rows++;
            Reject reject = check(fileName, header, raw);
            if (reject == null) {
                Row row = null;
                try {
                    row = factory.build(raw.line(), raw.fields());
                    kind.load(row, batchId, sink);
                } catch (RowRejected e) {
                    reject = row != null ? row.reject(e)
                            : new Reject(fileName, raw.line(), e.column, Rejects.boundValue(e.value), e.reason, e.detail);
                }
            }
            if (reject != null) {
                rejected++;
                sink.reject(reject);
            }
        }
        return new FileStats(fileName, rows, rows - rejected, rejected);
    }

    private static Reject check(String fileName, List<String> header, CsvTable.RawRow raw) {
        if (raw.abort() != null) {
            return new Reject(fileName, raw.line(), null, null, Rejects.MALFORMED_CSV, raw.abort());
        }
        if (raw.invalidEncodingField() >= 0) {
            int i = raw.invalidEncodingField();
            String column = i < header.size() ? header.get(i) : null;
            String value = i < raw.fields().length ? raw.fields()[i] : null;
            return new Reject(fileName, raw.line(), column, Rejects.boundValue(value), Rejects.INVALID_ENCODING,
                    "invalid UTF-8 byte sequence" + (column == null ? "" : " in column " + column));
        }
        if (raw.fieldCount() != header.size()) {
            return new Reject(fileName, raw.line(), null, null, Rejects.WRONG_COLUMN_COUNT,
                    header.size() + " columns expected, " + raw.fieldCount() + " found");
        }
        return null;
    }
}
