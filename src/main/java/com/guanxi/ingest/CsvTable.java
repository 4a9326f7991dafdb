package com.guanxi.ingest;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A streaming RFC 4180 table: header row, then one {@link RawRow} at a time (FastCSV underneath, constant memory).
 * Blank lines are skipped. Each row keeps at most as many fields as the header has (a longer row is only counted),
 * so a line of binary garbage with thousands of commas costs nothing. A quoted field that never closes makes FastCSV
 * give up once the field passes its 16M-character buffer limit; that ends the table with one
 * {@link RawRow#abort() abort} row, because everything after an unclosed quote belongs to that field.
 */
final class CsvTable implements Closeable {
    /** Columns kept for the header itself; a wider header is cut (its extra columns would be unnamed garbage). */
    static final int MAX_HEADER_COLUMNS = 1024;

    /**
     * One physical record.
     *
     * @param line                 1-based physical line where the record starts (header = 1)
     * @param fields               the first fields, never more than the header has (null entries not used)
     * @param fieldCount           how many fields the record really had
     * @param invalidEncodingField index of the first field holding an invalid UTF-8 sequence, or -1
     * @param abort                non-null when the parser gave up here (the detail); no further rows follow
     */
    record RawRow(long line, String[] fields, int fieldCount, int invalidEncodingField, String abort) {
    }

    private final CsvReader<RawRow> reader;
    private final CloseableIterator<RawRow> rows;
    private final BoundedHandler handler;
    private final List<String> header;
    private long lastLine;
    private boolean aborted;
    private RawRow headerAbort;

    CsvTable(InputStream in, char delimiter) throws IOException {
        this(in, delimiter, StandardCharsets.UTF_8);
    }

    CsvTable(InputStream in, char delimiter, Charset charset) throws IOException {
        this.handler = new BoundedHandler(MAX_HEADER_COLUMNS);
        this.reader = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true)
                .ignoreDifferentFieldCount(true).build(handler, Utf8Input.open(in, charset));
        this.rows = reader.iterator();
        RawRow first = fetch();
        if (first == null || first.abort() != null) {
            header = List.of();
            headerAbort = first;
        } else {
            String[] names = Arrays.copyOf(first.fields(), Math.min(first.fieldCount(), MAX_HEADER_COLUMNS));
            for (int i = 0; i < names.length; i++) names[i] = names[i].strip();
            header = List.of(names);
        }
        handler.keep = Math.max(1, header.size());
    }

    /** Column names as delivered (trimmed); empty for an empty file. */
    List<String> header() {
        return header;
    }

    /** The next data row, or null at the end. A header that cannot be parsed comes back once, as an abort row. */
    RawRow next() {
        if (headerAbort != null) {
            RawRow r = headerAbort;
            headerAbort = null;
            return r;
        }
        return header.isEmpty() ? null : fetch();
    }

    private RawRow fetch() {
        if (aborted) return null;
        try {
            if (!rows.hasNext()) return null;
            RawRow row = rows.next();
            lastLine = row.line();
            return row;
        } catch (CsvParseException e) {
            aborted = true;
            return new RawRow(lastLine + 1, new String[0], 0, -1,
                    "the CSV cannot be parsed from here on (a quoted field that never closes?): "
                            + Normalizer.shorten(rootMessage(e)));
        }
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Keeps the first {@code keep} fields of a record and notes where invalid UTF-8 shows up. */
    private static final class BoundedHandler extends AbstractBaseCsvCallbackHandler<RawRow> {
        int keep;
        private String[] fields;
        private int invalidEncodingField;

        BoundedHandler(int keep) {
            this.keep = keep;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            fields = new String[keep];
            invalidEncodingField = -1;
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            if (invalidEncodingField < 0) {
                for (int i = offset, end = offset + len; i < end; i++) {
                    if (buf[i] == Utf8Input.REPLACEMENT) {
                        invalidEncodingField = fieldIdx;
                        break;
                    }
                }
            }
            if (fieldIdx < keep) fields[fieldIdx] = new String(buf, offset, len);
        }

        @Override
        protected RecordWrapper<RawRow> buildRecord() {
            return wrapRecord(new RawRow(getStartingLineNumber(), fields, getFieldCount(), invalidEncodingField, null));
        }
    }
}
