package com.guanxi.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Streaming JSON Lines reader (Jackson): one object per physical line, read one line at a time. Blank lines are not
 * rows. A line that is not one JSON object (truncated, trailing garbage, duplicate keys, nesting deeper than
 * {@value #MAX_NESTING}, longer than {@value #MAX_LINE_CHARS} characters) is rejected as malformed_json; the next line
 * is read as usual. Known fields must be scalars; unknown fields go to {@code extra} (non-strings as JSON text).
 */
final class JsonLines {
    static final int MAX_NESTING = 64;
    static final int MAX_LINE_CHARS = 16 * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private JsonLines() {
    }

    static FileStats read(String fileName, InputStream in, CanonicalFile kind, String batchId, IngestSink sink)
            throws IOException {
        Map<String, String> known = new HashMap<>();
        for (String c : kind.columns()) known.put(c, c);
        long rows = 0;
        long rejected = 0;
        try (LineReader lines = new LineReader(Utf8Input.open(in))) {
            String line;
            while ((line = lines.next()) != null) {
                if (!lines.tooLong() && line.isBlank()) continue;
                rows++;
                Reject reject = null;
                try {
                    Row row = toRow(fileName, lines.lineNumber(), line, lines.tooLong(), known);
                    kind.load(row, batchId, sink);
                } catch (RowRejected e) {
                    reject = new Reject(fileName, lines.lineNumber(), e.column, Rejects.boundValue(e.value), e.reason,
                            e.detail);
                }
                if (reject != null) {
                    rejected++;
                    sink.reject(reject);
                }
            }
        }
        return new FileStats(fileName, rows, rows - rejected, rejected);
    }

    private static Row toRow(String file, long lineNo, String line, boolean tooLong, Map<String, String> known)
            throws RowRejected {
        if (tooLong) {
            throw new RowRejected(null, null, Rejects.MALFORMED_JSON, "line longer than " + MAX_LINE_CHARS + " characters");
        }
        if (line.indexOf(Utf8Input.REPLACEMENT) >= 0) {
            throw new RowRejected(null, null, Rejects.INVALID_ENCODING, "invalid UTF-8 byte sequence on this line");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new RowRejected(null, null, Rejects.MALFORMED_JSON, "not valid JSON: "
                    + Normalizer.shorten(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new RowRejected(null, null, Rejects.MALFORMED_JSON, "a line must hold one JSON object");
        }
        Map<String, String> values = new HashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String column = known.get(f.getKey().strip().toLowerCase(Locale.ROOT));
            JsonNode v = f.getValue();
            if (column != null) {
                if (v.isContainerNode()) {
                    throw new RowRejected(column, null, Rejects.MALFORMED_JSON, "field " + column + " must be a string");
                }
                values.putIfAbsent(column, v.isNull() ? null : v.asText());
            } else {
                extra.put(f.getKey(), v.isTextual() ? v.asText() : v.toString());
            }
        }
        return new Row(file, lineNo, values, extra.isEmpty() ? Map.of() : extra, Map.of());
    }

    /** Reads '\n'-terminated lines with a bounded buffer; counts physical lines. */
    private static final class LineReader implements AutoCloseable {
        private final Reader reader;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;
        private long lineNumber;
        private boolean tooLong;
        private final StringBuilder sb = new StringBuilder();

        LineReader(Reader reader) {
            this.reader = reader;
        }

        long lineNumber() {
            return lineNumber;
        }

        boolean tooLong() {
            return tooLong;
        }

        String next() throws IOException {
            sb.setLength(0);
            if (sb.capacity() > (1 << 20)) sb.trimToSize(); // give back the buffer of an unusually long line
            tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == len) {
                    len = reader.read(buf, 0, buf.length);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        if (!any) return null;
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < len && buf[pos] != '\n') pos++;
                append(start, pos);
                if (pos < len) {
                    pos++; // the '\n'
                    break;
                }
            }
            lineNumber++;
            int n = sb.length();
            if (n > 0 && sb.charAt(n - 1) == '\r') sb.setLength(n - 1);
            return sb.toString();
        }

        private void append(int from, int to) {
            if (tooLong) return;
            if (sb.length() + (to - from) > MAX_LINE_CHARS) {
                tooLong = true;
                sb.setLength(0);
                sb.trimToSize();
                return;
            }
            sb.append(buf, from, to - from);
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

}
