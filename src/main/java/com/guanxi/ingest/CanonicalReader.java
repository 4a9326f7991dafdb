package com.guanxi.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the canonical import format (shared/contracts/import-format.md) as a stream: each file is read once, one row
 * at a time, and every row ends up in the sink as a record or a {@link Reject} (never dropped, never aborting the
 * file). Memory does not grow with the file. Header columns may come in any order and are matched after NFKC,
 * trimming and lower-casing; unknown columns go to {@code extra}. Lines are 1-based physical lines, header = 1.
 * Not thread-safe per call; instances hold only the batch id.
 */
public final class CanonicalReader {
    private final String batchId;

    public CanonicalReader(String batchId) {
        this.batchId = batchId;
    }

    /** Reads every canonical file present in {@code folder}, in {@link CanonicalFile} order. */
    public BatchSummary readFolder(Path folder, IngestSink sink) throws IOException {
        List<FileStats> stats = new ArrayList<>();
        for (CanonicalFile kind : CanonicalFile.values()) {
            Path file = folder.resolve(kind.fileName());
            if (Files.isRegularFile(file)) stats.add(read(kind, file, sink));
        }
        return new BatchSummary(batchId, stats);
    }

    public FileStats read(CanonicalFile kind, Path file, IngestSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(kind, file.getFileName().toString(), in, sink);
        }
    }

    /** Reads one file from a stream (e.g. an upload); {@code fileName} is what rejects and provenance record. */
    public FileStats read(CanonicalFile kind, String fileName, InputStream in, IngestSink sink) throws IOException {
        if (kind.isJsonLines()) return JsonLines.read(fileName, in, kind, batchId, sink);
        try (CsvTable table = new CsvTable(in, ',')) {
            return RowLoop.run(fileName, table, headerMapping(kind, table.header(), fileName), kind, batchId, sink);
        }
    }

    /** Header name → canonical column (first occurrence wins), everything else → extra under its own name. */
    private static RowLoop.RowFactory headerMapping(CanonicalFile kind, List<String> header, String fileName) {
        int n = header.size();
        String[] canonical = new String[n];
        String[] extraKey = new String[n];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String key = headerKey(header.get(i));
            if (kind.columns().contains(key) && !seen.containsKey(key)) {
                canonical[i] = key;
                seen.put(key, i);
            } else {
                String name = header.get(i).isEmpty() ? "column_" + (i + 1) : header.get(i);
                extraKey[i] = seen.containsKey(key) ? name + " (column " + (i + 1) + ")" : name;
            }
        }
        return (line, fields) -> {
            Map<String, String> values = new HashMap<>(n * 2);
            Map<String, String> extra = null;
            for (int i = 0; i < n; i++) {
                if (canonical[i] != null) {
                    values.put(canonical[i], fields[i]);
                } else if (fields[i] != null && !fields[i].isBlank()) {
                    if (extra == null) extra = new LinkedHashMap<>();
                    extra.put(extraKey[i], fields[i].strip());
                }
            }
            return new Row(fileName, line, values, extra == null ? Map.of() : extra, Map.of());
        };
    }

    static String headerKey(String name) {
        return java.text.Normalizer.normalize(name, Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
