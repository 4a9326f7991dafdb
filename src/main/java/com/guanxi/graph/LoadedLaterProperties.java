package com.guanxi.graph;

import org.neo4j.driver.Driver;

import java.io.IOException;
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

    private final SpillFile<Row> spill;

    LoadedLaterProperties(Path spill) {
        this.spill = new SpillFile<>(spill, Row.class);
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
        spill.add(new Row(target, id, new HashMap<>(props)));
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
        return spill.count();
    }

    /** Sets the spilled values on the loaded nodes, in batches, in the order they came (a later value wins). */
    void apply(Driver driver, CypherCatalogue cypher) throws IOException {
        Map<Target, List<Map<String, Object>>> batches = new HashMap<>();
        spill.forEach(row -> {
            var batch = batches.computeIfAbsent(row.target(), t -> new ArrayList<>());
            batch.add(Map.of("id", row.id(), "props", row.props()));
            if (batch.size() >= BATCH) write(driver, cypher, row.target(), batches.remove(row.target()));
        });
        for (var e : batches.entrySet()) write(driver, cypher, e.getKey(), e.getValue());
    }

    private static void write(Driver driver, CypherCatalogue cypher, Target target, List<Map<String, Object>> rows) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher.get(target.statement), Map.of("rows", rows)).consume());
        }
    }

    @Override
    public void close() throws IOException {
        spill.close();
    }

    void delete() throws IOException {
        spill.delete();
    }

    private record Row(Target target, String id, HashMap<String, Object> props) implements java.io.Serializable {
    }
}
