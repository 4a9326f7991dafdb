package com.guanxi.graph;

import org.neo4j.driver.Driver;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Node properties a bulk load's files leave out because their values hold line breaks (the importer reads its files
 * line by line, see {@link ImportCsv}): mostly judgment texts. The node goes to the files without them, they are
 * spilled here as they come, and set on the loaded node once the schema is built — so the node ends as the
 * transactional path would have created it, and no relationship has to wait for it.
 */
final class LoadedLaterProperties implements AutoCloseable {

    /** Which key finds the node again. */
    enum Target {
        ENTITY(Statement.ENTITY_SET_LOADED_PROPERTIES),
        CASE(Statement.CASE_SET_LOADED_PROPERTIES);

        final Statement statement;

        Target(Statement statement) {
            this.statement = statement;
        }
    }

    private static final int BATCH = 1000;

    private final Path spill;
    private ObjectOutputStream out;
    private long count;

    LoadedLaterProperties(Path spill) {
        this.spill = spill;
    }

    /** The values of {@code props} that hold a line break (the files cannot carry them), or null if none does. */
    static Map<String, Object> withLineBreaks(Map<String, Object> props) {
        Map<String, Object> later = null;
        for (var e : props.entrySet()) {
            if (hasLineBreak(e.getValue())) {
                if (later == null) later = new HashMap<>();
                later.put(e.getKey(), e.getValue());
            }
        }
        return later;
    }

    /** Spills values to set on the node {@code id} after the load. */
    void add(Target target, String id, Map<String, Object> props) {
        try {
            if (out == null) out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(spill)));
            out.writeObject(new Row(target, id, new HashMap<>(props)));
            out.reset();
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spill properties to " + spill, e);
        }
    }

    private static boolean hasLineBreak(Object value) {
        if (value instanceof String s) return ImportCsv.hasLineBreak(s);
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof String s && ImportCsv.hasLineBreak(s)) return true;
            }
        }
        return false;
    }

    long count() {
        return count;
    }

    /** Sets the spilled values on the loaded nodes, in batches, in the order they came (a later value wins). */
    void apply(Driver driver, CypherCatalogue cypher) throws IOException {
        close();
        if (count == 0) return;
        Map<Target, List<Map<String, Object>>> batches = new HashMap<>();
        try (var in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(spill)))) {
            while (true) {
                Row row;
                try {
                    row = (Row) in.readObject();
                } catch (EOFException end) {
                    break;
                } catch (ClassNotFoundException e) {
                    throw new IOException(e);
                }
                var batch = batches.computeIfAbsent(row.target(), t -> new ArrayList<>());
                batch.add(Map.of("id", row.id(), "props", row.props()));
                if (batch.size() >= BATCH) write(driver, cypher, row.target(), batches.remove(row.target()));
            }
        }
        for (var e : batches.entrySet()) write(driver, cypher, e.getKey(), e.getValue());
    }

    private static void write(Driver driver, CypherCatalogue cypher, Target target, List<Map<String, Object>> rows) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher.get(target.statement), Map.of("rows", rows)).consume());
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    void delete() throws IOException {
        close();
        Files.deleteIfExists(spill);
    }

    private record Row(Target target, String id, HashMap<String, Object> props) implements java.io.Serializable {
    }
}
