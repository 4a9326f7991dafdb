package com.guanxi.graph;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Node properties set on a bulk load's nodes right after the importer, by node number (the importer took the numbers
 * as node ids) and before the schema exists: the names of persons renamed by a later row of the batch (the first
 * row is what the importer got). They are spilled here as they come and set in that order, so the last one wins as
 * in transactions, without a lookup or an index update per node ({@link BulkLoad}).
 */
final class LoadedLaterProperties implements AutoCloseable {

    /** Nodes per transaction. */
    private static final int BATCH = 2000;

    private final SpillFile<Row> spill;

    LoadedLaterProperties(Path spill) {
        this.spill = new SpillFile<>(spill, Row.class);
    }

    /** Spills values to set after the load on the node the importer creates as {@code nodeNumber}. */
    void add(int nodeNumber, Map<String, Object> props) {
        spill.add(new Row(nodeNumber, new HashMap<>(props)));
    }

    long count() {
        return spill.count();
    }

    /**
     * Sets the spilled values on the loaded nodes, in the order they came (a later value wins), through the embedded
     * database's own API: the values are texts (or no value: a person's name removed), the nodes known by number.
     */
    void apply(GraphDatabaseService database) throws IOException {
        Transaction[] tx = {database.beginTx()};
        int[] inTx = {0};
        try {
            spill.forEach(row -> {
                var node = tx[0].getNodeById(row.node());
                row.props().forEach((key, value) -> {
                    // No value removes the property, as SET n += {key: null} does.
                    if (value == null) node.removeProperty(key);
                    else node.setProperty(key, storable(value));
                });
                if (++inTx[0] >= BATCH) {
                    tx[0].commit();
                    tx[0].close();
                    tx[0] = database.beginTx();
                    inTx[0] = 0;
                }
            });
            tx[0].commit();
        } finally {
            tx[0].close();
        }
    }

    /** Only names are set after the load. */
    private static Object storable(Object value) {
        if (value instanceof String) return value;
        throw new IllegalArgumentException("A value set after the load is a text, not " + value.getClass());
    }

    @Override
    public void close() throws IOException {
        spill.close();
    }

    void delete() throws IOException {
        spill.delete();
    }

    private record Row(int node, HashMap<String, Object> props) implements java.io.Serializable {
    }
}
