package com.guanxi.graph;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Node rows of which only the last one of each node may reach Neo4j's importer (which keeps an arbitrary one of
 * duplicates), in its CSV format with fixed columns; the first column (the importer's id) tells the nodes apart.
 * Rows are spilled to disk as they come, into partitions by that column; when closed, each partition is read back
 * with a map of its keys (last row wins) and its last rows appended to the one data file — memory holds one
 * partition's keys, not all of them. A value with a line break (the importer reads line by line) is left out of the row and handed over with the
 * last row of its node, under the node's id property, to be set after the load.
 */
final class LastRowPerId implements AutoCloseable {

    private final Path folder;
    private final String name;
    private final List<String> header;
    private final int idColumn;
    private final DataOutputStream[] spills;
    /** The one data file, once closed with rows. */
    private Path dataFile;
    private Path headerFile;
    private final CsvLine line = new CsvLine();
    private long rows;
    private boolean closed;

    /**
     * {@code header}: every column (the importer's id, label, properties with their types); {@code idColumn}: the
     * column of the id property that names a node to the caller; {@code partitions}: files written.
     */
    LastRowPerId(Path folder, String name, List<String> header, int idColumn, int partitions) {
        this.folder = folder;
        this.name = name;
        this.header = List.copyOf(header);
        this.idColumn = idColumn;
        this.spills = new DataOutputStream[partitions];
        try {
            for (int i = 0; i < partitions; i++) {
                spills[i] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spill(i)), 1 << 14));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One row: a value per column, null for none (the importer's id first, and the label; neither they nor the id
     * property hold a line break).
     */
    void row(List<String> values) {
        String key = values.get(0), id = values.get(idColumn);
        for (String fixed : new String[]{key, values.get(1), id}) {
            if (fixed != null && ImportCsv.hasLineBreak(fixed)) {
                throw new IllegalArgumentException("An id or label with a line break: " + fixed);
            }
        }
        line.clear();
        List<Integer> later = null;
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) line.separator();
            String value = values.get(i);
            if (value == null) continue;
            if (ImportCsv.hasLineBreak(value)) {
                if (later == null) later = new ArrayList<>(1);
                later.add(i);
            } else {
                line.quoted(value);
            }
        }
        line.end();
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        try {
            var out = spills[Math.floorMod(key.hashCode(), spills.length)];
            out.writeInt(keyBytes.length);
            out.write(keyBytes);
            out.writeInt(line.length());
            line.writeTo(out);
            out.writeInt(later == null ? 0 : later.size());
            if (later != null) {
                out.writeUTF(id);
                for (int column : later) {
                    byte[] value = values.get(column).getBytes(StandardCharsets.UTF_8);
                    out.writeInt(column);
                    out.writeInt(value.length);
                    out.write(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Distinct ids written (once closed). */
    long rows() {
        return rows;
    }

    /**
     * The files as one group of the importer's {@code --nodes}: the header file, then the data file (once closed);
     * none when there was no row. One data file, not one per partition: the importer parses the first 4 MB of every
     * file once more to estimate the store's size, which at 172 partitions of a million companies was every person
     * parsed twice.
     */
    List<String> files() {
        return dataFile == null ? List.of() : List.of(headerFile + "," + dataFile);
    }

    /**
     * Writes the files: the last row of each id. {@code laterValues} hears, for each id whose last row had values
     * with line breaks, those values by property name.
     */
    void close(BiConsumer<String, Map<String, Object>> laterValues) {
        if (closed) return;
        closed = true;
        try {
            headerFile = folder.resolve(name + "-header.csv");
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < header.size(); i++) {
                if (i > 0) line.append(',');
                ImportCsv.quote(line, header.get(i));
            }
            Files.writeString(headerFile, line.append('\n'), StandardCharsets.UTF_8);
            Path data = folder.resolve(name + ".csv");
            try (var out = new BufferedOutputStream(Files.newOutputStream(data), 1 << 16)) {
                for (int i = 0; i < spills.length; i++) {
                    rows += lastRows(i, out, laterValues);
                }
            }
            if (rows > 0) dataFile = data;
            else Files.delete(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends to {@code out} the last row of each key of one partition; returns how many. */
    private long lastRows(int i, OutputStream out, BiConsumer<String, Map<String, Object>> laterValues)
            throws IOException {
        spills[i].close();
        Map<String, byte[]> last = new LinkedHashMap<>();
        // By key: the id property, then the values with line breaks of the key's last row.
        Map<String, Map.Entry<String, Map<String, Object>>> lastLater = new HashMap<>();
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spill(i)), 1 << 14))) {
            while (true) {
                int keyLength;
                try {
                    keyLength = in.readInt();
                } catch (EOFException end) {
                    break;
                }
                String key = new String(in.readNBytes(keyLength), StandardCharsets.UTF_8);
                last.put(key, in.readNBytes(in.readInt()));
                int laterCount = in.readInt();
                if (laterCount == 0) {
                    lastLater.remove(key);
                    continue;
                }
                String id = in.readUTF();
                Map<String, Object> values = new HashMap<>();
                for (int k = 0; k < laterCount; k++) {
                    String property = propertyName(in.readInt());
                    values.put(property, new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
                }
                lastLater.put(key, Map.entry(id, values));
            }
            lastLater.values().forEach(idValues -> laterValues.accept(idValues.getKey(), idValues.getValue()));
        }
        Files.delete(spill(i));
        for (byte[] row : last.values()) out.write(row);
        return last.size();
    }

    /** The property a column holds: its header without the type. */
    private String propertyName(int column) {
        String name = header.get(column);
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    @Override
    public void close() {
        close((id, values) -> {
            throw new IllegalStateException("Values with line breaks and nowhere to put them: " + id);
        });
    }

    /** Closes without writing the files (the load is given up). */
    void discard() throws IOException {
        if (closed) return;
        closed = true;
        for (int i = 0; i < spills.length; i++) {
            spills[i].close();
            Files.deleteIfExists(spill(i));
        }
    }

    void delete() throws IOException {
        close();
        try (var paths = Files.list(folder)) {
            for (Path p : paths.filter(p -> p.getFileName().toString().startsWith(name + "-")
                    || p.getFileName().toString().equals(name + ".csv")).toList()) {
                Files.delete(p);
            }
        }
    }

    private Path spill(int partition) {
        return folder.resolve(name + "-" + partition + ".spill");
    }
}
