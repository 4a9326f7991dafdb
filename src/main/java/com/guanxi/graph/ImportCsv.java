package com.guanxi.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of one kind in the CSV format of Neo4j's offline importer (neo4j-admin database import). The properties (the
 * canonical ones and each source's extra columns) are learnt from the rows, so a row bringing a new one starts a new
 * file with a wider header (each file has its header in a file of its own; every row fills every column of its
 * file). Every value is quoted, so separators, quotes and control characters stay verbatim; an empty field is no
 * property. A column's type is that of its first value; a row that would not fit (another type, an array element
 * holding the array delimiter, a property name with a colon, a value with a line break) is refused, and the caller
 * writes it the transactional way.
 *
 * <p>Line breaks are refused so that the importer can read every file line by line: told that a field may span lines
 * it parses every file slower (about a quarter of its time at 50,000 companies), and its per-file variant fails on
 * large files. Judgment texts are the only values that hold line breaks as a rule: for a node row the bulk load
 * has them taken out of the row as it is written, and sets them after the load ({@link LoadedLaterProperties}).
 */
final class ImportCsv implements AutoCloseable {

    /** Between array elements; a character no name holds (checked for every element). */
    static final char ARRAY_DELIMITER = '\u001F';

    private final Path folder;
    private final String name;
    private final List<String> fixedHeader;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<String> types = new ArrayList<>();
    /** Header file, data file of each file written so far. */
    private final List<Path[]> files = new ArrayList<>();
    private OutputStream out;
    private final CsvLine line = new CsvLine();
    /** The current row's values by column. */
    private Object[] fields = new Object[16];
    private long rows;
    private long rowsInFile;
    private boolean closed;

    /** {@code fixedHeader}: the leading columns (id, label, ends, type...), given in that order by every row. */
    ImportCsv(Path folder, String name, List<String> fixedHeader) {
        this.folder = folder;
        this.name = name;
        this.fixedHeader = List.copyOf(fixedHeader);
        newFile();
    }

    /**
     * Appends one row: the fixed columns' values (null: none), then the properties (null values are left out).
     * Returns false, writing nothing, when a value does not fit its column. With {@code lineBreaks} given, values
     * holding a line break are moved there instead of refusing the row (the caller sets them after the load); on a
     * refusal it is left empty.
     */
    boolean row(List<String> fixed, Map<String, Object> props, Map<String, Object> lineBreaks) {
        for (String value : fixed) {
            if (value != null && hasLineBreak(value)) return false;
        }
        // One pass over the properties puts each value in its column's slot; a new property widens the file first.
        int filled = 0;
        for (var e : props.entrySet()) {
            Object value = e.getValue();
            if (absent(value)) continue;
            String type = typeOf(value);
            if (type == null) return refuse(filled, lineBreaks);
            if (lineBreaks != null && hasLineBreak(value)) {
                lineBreaks.put(e.getKey(), value);
                continue;
            }
            Integer at = columns.get(e.getKey());
            if (at == null) {
                refuse(filled, lineBreaks);
                if (!widen(props, lineBreaks != null)) return false;
                return row(fixed, props, lineBreaks);
            }
            if (!types.get(at).equals(type) || !fitsOneLine(value)) return refuse(filled, lineBreaks);
            fields[at] = value;
            filled++;
        }
        line.clear();
        for (int i = 0; i < fixed.size(); i++) {
            if (i > 0) line.separator();
            if (fixed.get(i) != null) line.quoted(fixed.get(i));
        }
        for (int i = 0, width = columns.size(); i < width; i++) {
            line.separator();
            if (fields[i] != null) line.quoted(text(fields[i]));
            fields[i] = null;
        }
        line.end();
        try {
            line.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
        rowsInFile++;
        return true;
    }

    /** Without line-break handling: a value with a line break refuses the row. */
    boolean row(List<String> fixed, Map<String, Object> props) {
        return row(fixed, props, null);
    }

    private boolean refuse(int filled, Map<String, Object> lineBreaks) {
        if (filled > 0) java.util.Arrays.fill(fields, 0, columns.size(), null);
        if (lineBreaks != null) lineBreaks.clear();
        return false;
    }

    /**
     * Starts a file whose header has a column for every property of {@code props} not known yet (but those whose
     * line breaks the caller takes when {@code lineBreaksApart}) — unless the row would not fit even then, which
     * leaves the columns as they were and returns false.
     */
    private boolean widen(Map<String, Object> props, boolean lineBreaksApart) {
        Map<String, String> added = new LinkedHashMap<>();
        for (var e : props.entrySet()) {
            Object value = e.getValue();
            if (absent(value) || lineBreaksApart && hasLineBreak(value)) continue;
            String type = typeOf(value);
            Integer at = columns.get(e.getKey());
            // In a header a colon starts the type (or a special column): such a name cannot be a column.
            if (type == null || !fitsOneLine(value) || at != null && !types.get(at).equals(type)
                    || at == null && e.getKey().indexOf(':') >= 0) {
                return false;
            }
            if (at == null) added.put(e.getKey(), type);
        }
        if (rowsInFile > 0) {
            finishFile();
            newFile();
        }
        added.forEach((column, type) -> {
            columns.put(column, columns.size());
            types.add(type);
        });
        if (columns.size() > fields.length) fields = java.util.Arrays.copyOf(fields, columns.size() * 2);
        return true;
    }

    /** A text without line breaks, or a list of such texts none of which holds the array delimiter. */
    private static boolean fitsOneLine(Object value) {
        if (value instanceof String s) return !hasLineBreak(s);
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (!(element instanceof String s) || s.indexOf(ARRAY_DELIMITER) >= 0 || hasLineBreak(s)) return false;
            }
        }
        return true;
    }

    /** A text, or a list of texts, holding a line break. */
    private static boolean hasLineBreak(Object value) {
        if (value instanceof String s) return hasLineBreak(s);
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof String s && hasLineBreak(s)) return true;
            }
        }
        return false;
    }

    long rows() {
        return rows;
    }

    /** Each file as the importer's {@code --nodes}/{@code --relationships} take it: header file, data file. */
    List<String> files() {
        return files.stream().map(f -> f[0] + "," + f[1]).toList();
    }

    private void newFile() {
        Path header = folder.resolve(name + "-" + files.size() + "-header.csv");
        Path data = folder.resolve(name + "-" + files.size() + ".csv");
        files.add(new Path[]{header, data});
        rowsInFile = 0;
        try {
            out = new BufferedOutputStream(Files.newOutputStream(data), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the current data file and writes its header: the columns known now, as its rows have. */
    private void finishFile() {
        try {
            out.close();
            List<String> names = new ArrayList<>(fixedHeader);
            columns.forEach((column, at) -> names.add(column + types.get(at)));
            line.clear();
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) line.separator();
                line.quoted(names.get(i));
            }
            line.end();
            try (OutputStream header = Files.newOutputStream(files.get(files.size() - 1)[0])) {
                line.writeTo(header);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        finishFile();
    }

    void delete() throws IOException {
        close();
        for (Path[] f : files) {
            Files.deleteIfExists(f[0]);
            Files.deleteIfExists(f[1]);
        }
    }

    /** No value, or an empty list: no property (as {@link NodeWrite#withValues} leaves out for created nodes). */
    static boolean absent(Object value) {
        return value == null || value instanceof List<?> list && list.isEmpty();
    }

    private static String typeOf(Object value) {
        if (value instanceof String) return "";
        if (value instanceof Double || value instanceof Float) return ":double";
        if (value instanceof Long || value instanceof Integer || value instanceof Short) return ":long";
        if (value instanceof Boolean) return ":boolean";
        if (value instanceof LocalDate) return ":date";
        if (value instanceof List<?>) return ":string[]";
        return null;
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder b = new StringBuilder();
            for (Object element : list) {
                if (!b.isEmpty()) b.append(ARRAY_DELIMITER);
                b.append(element);
            }
            return b.toString();
        }
        return value.toString();
    }

    /** What ends a line for the importer reading line by line. */
    static boolean hasLineBreak(String value) {
        return value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    }
}
