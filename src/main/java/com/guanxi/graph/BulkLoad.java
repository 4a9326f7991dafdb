package com.guanxi.graph;

import com.guanxi.graph.GraphWriter.EdgeKind;
import com.guanxi.graph.GraphWriter.NodeKind;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The first load of an empty embedded database, through Neo4j's offline importer instead of transactions: the same
 * node and relationship writes the transactional path gets (provenance, fingerprints, keys) are encoded into the
 * importer's rows as the batch is read ({@link ImportRows}, two spill files), then the server is stopped, the importer
 * builds the store from the rows ({@link StoreImporter}), the server starts again and the schema (constraints,
 * indexes, full-text) is built over the loaded graph.
 *
 * <p>The files must leave what transactions would have left, so each kind follows its transactional rule:
 * <ul>
 * <li>registry companies, cases and every relationship: the first row of a key goes to the files; a later row of the
 * key (or one the Bloom filter cannot tell apart from one) is set aside and written after the load by
 * {@link GraphWriter}, in reading order — it updates, keeps history and wins like any later write. Relationships
 * touching a node set aside are set aside too (their end is not in the files);</li>
 * <li>outside companies: only the batch's first mention carries provenance and the transactional path creates the
 * node from it (later mentions change nothing), so only that row is written;</li>
 * <li>persons: the first row of an id is written; a later write batch renames a person (person/upsert), so a later
 * row with another name is set on the loaded node right after the importer, by node number and before the schema is
 * built ({@link LoadedLaterProperties}), in reading order — the last one wins.</li>
 * </ul>
 * So no id reaches the importer twice (it would keep an arbitrary one). Every node is numbered here
 * ({@link NodeNumbers}) and the importer takes the numbers as node ids, the string id being a property like any other;
 * a node number written twice, or a relationship end never written as a node, fails the load before the importer runs
 * (the importer cannot check numbers it is told are ids).
 * A row with a value the importer's rows cannot carry (see {@link ImportRows}) is set aside the same way. A load that
 * fails leaves the database as it was: empty, with its schema.
 */
public final class BulkLoad implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BulkLoad.class);
    private static final int REPLAY_BATCH = 5000;
    /** The two spaces of node keys: entity ids and case numbers. */
    private static final int ENTITY = 0, CASE = 1;

    private final Path folder;
    private final EmbeddedNeo4j embedded;
    private final SchemaMigrator schema;
    private final GraphWriter writer;
    private final Driver driver;
    private final CypherCatalogue cypher;
    private final String batchId;
    private final String offHeapMemory;
    /** What the importer reads: every node row, every relationship row. */
    private final ImportRows nodeRows, relationshipRows;
    private final Map<NodeKind, Integer> labelSets = new EnumMap<>(NodeKind.class);
    private final Map<EdgeKind, Integer> types = new EnumMap<>(EdgeKind.class);
    private final SeenKeys seen;
    /** Node numbers, until the files are complete. */
    private NodeNumbers numbers = new NodeNumbers();
    private final BitSet written = new BitSet();
    private final BitSet referenced = new BitSet();
    /**
     * By node number, a hash of the name each person's file row (or latest rename) gave it: a later row of the person
     * with another name is a rename. 8 bytes a node number, 45 MB at a million companies.
     */
    private long[] personNames = new long[1 << 16];
    /**
     * Registry companies and cases set aside (a later row of the key, or a first one the filter took for one): few,
     * so held exactly; relationships touching them are set aside too.
     */
    private final Set<String> asideNodes = new HashSet<>();
    private final SpillFile<Later> aside;
    private final LoadedLaterProperties laterProperties;
    private final long opened = System.nanoTime();

    BulkLoad(Path folder, long expectedRows, String batchId, String offHeapMemory, EmbeddedNeo4j embedded,
             SchemaMigrator schema, GraphWriter writer, Driver driver, CypherCatalogue cypher) {
        this.folder = folder;
        this.batchId = batchId;
        this.offHeapMemory = offHeapMemory;
        this.embedded = embedded;
        this.schema = schema;
        this.writer = writer;
        this.driver = driver;
        this.cypher = cypher;
        this.seen = new SeenKeys(expectedRows);
        this.aside = new SpillFile<>(folder.resolve("later-rows.bin"), Later.class);
        this.laterProperties = new LoadedLaterProperties(folder.resolve("later-properties.bin"));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        nodeRows = new ImportRows(folder.resolve("nodes.bin"), false);
        relationshipRows = new ImportRows(folder.resolve("relationships.bin"), true);
        labelSets.put(NodeKind.REGISTRY_COMPANY, nodeRows.labelSet("Company", "Entity"));
        labelSets.put(NodeKind.EXTERNAL_COMPANY, nodeRows.labelSet("Company", "Entity", "External"));
        labelSets.put(NodeKind.PERSON, nodeRows.labelSet("Person", "Entity"));
        labelSets.put(NodeKind.CASE, nodeRows.labelSet("Case"));
        for (EdgeKind kind : EdgeKind.values()) types.put(kind, relationshipRows.type(kind.name()));
    }

    /** One write batch, in reading order: nodes first, then the relationships between them. */
    public void write(Map<NodeKind, ? extends Collection<NodeWrite>> nodes,
                      Map<EdgeKind, ? extends Collection<EdgeWrite>> edges) {
        nodes.forEach((kind, rows) -> rows.forEach(node -> node(kind, node)));
        edges.forEach((kind, rows) -> rows.forEach(edge -> edge(kind, edge)));
    }

    private void node(NodeKind kind, NodeWrite node) {
        switch (kind) {
            case REGISTRY_COMPANY, CASE -> {
                if (seen.add(kind.name(), node.id()) || !toFiles(kind, node)) {
                    aside.add(new Later(kind, null, node, null));
                    asideNodes.add(node.id());
                }
            }
            case EXTERNAL_COMPANY -> {
                if (node.props().get("sourceFile") != null) mustWrite(kind, node);
            }
            case PERSON -> {
                var props = node.props();
                if (props.size() > 1 || props.size() == 1 && !props.containsKey("name")) {
                    throw new IllegalStateException("A person row has properties the bulk load does not write: " + node.props().keySet());
                }
                String name = (String) props.get("name");
                int number = numbers.number(ENTITY, node.id());
                if (!written.get(number)) {
                    mustWrite(kind, node);
                } else if (personName(number) != nameHash(name)) {
                    // A later row renames the person (person/upsert; no name removes it): set after the load in
                    // reading order, so the last row wins as it would in transactions.
                    laterProperties.add(number, java.util.Collections.singletonMap("name", name));
                }
                rememberPersonName(number, name);
            }
        }
    }

    private long personName(int number) {
        return number < personNames.length ? personNames[number] : 0;
    }

    private void rememberPersonName(int number, String name) {
        if (number >= personNames.length) personNames = Arrays.copyOf(personNames, Math.max(number + 1, personNames.length * 2));
        personNames[number] = nameHash(name);
    }

    /** 64-bit FNV-1a of a name: two names of one person that hash alike are all but impossible. */
    private static long nameHash(String name) {
        if (name == null) return 1;
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < name.length(); i++) {
            hash ^= name.charAt(i);
            hash *= 0x100000001B3L;
        }
        return hash;
    }

    /** Outside companies and persons hold only text (and a line number): their rows always fit. */
    private void mustWrite(NodeKind kind, NodeWrite node) {
        if (!toFiles(kind, node)) {
            throw new IllegalStateException("A " + kind + " row cannot be written to the bulk load files: " + node.id());
        }
    }

    /** Writes the node's row for the importer; false, writing nothing, when a value cannot go there. */
    private boolean toFiles(NodeKind kind, NodeWrite node) {
        int number = numbers.number(kind == NodeKind.CASE ? CASE : ENTITY, node.id());
        if (written.get(number)) {
            throw new IllegalStateException("A " + kind + " node reaches the bulk load files twice: " + node.id());
        }
        // (a row refused leaves its number unused: a gap in the node ids, which the importer allows)
        nodeRows.beginNode(number, labelSets.get(kind));
        switch (kind) {
            case REGISTRY_COMPANY -> {
                nodeRows.property("id", node.id());
                nodeRows.property("registry", true);
                nodeRows.property("fingerprint", node.fingerprint());
            }
            case EXTERNAL_COMPANY -> {
                nodeRows.property("id", node.id());
                nodeRows.property("registry", false);
            }
            case PERSON -> nodeRows.property("id", node.id());
            case CASE -> nodeRows.property("caseNo", node.id());
        }
        if (!nodeRows.properties(node.props())) {
            nodeRows.rollback();
            return false;
        }
        nodeRows.commit();
        written.set(number);
        return true;
    }

    private void edge(EdgeKind kind, EdgeWrite edge) {
        // (seen.add first: every row of the key must be remembered, whichever way it goes)
        if (seen.add(kind.name(), edge.from(), edge.to(), edge.key())
                || !asideNodes.isEmpty() && (asideNodes.contains(edge.from()) || asideNodes.contains(edge.to()))) {
            aside.add(new Later(null, kind, null, edge));
            return;
        }
        int from = numbers.number(ENTITY, edge.from());
        int to = numbers.number(kind == EdgeKind.PARTY_TO ? CASE : ENTITY, edge.to());
        relationshipRows.beginRelationship(from, to, types.get(kind));
        switch (kind) {
            case HOLDS -> relationshipRows.property("fingerprint", edge.fingerprint());
            case SERVES -> relationshipRows.property("position", edge.key());
            case GUARANTEES -> {
                relationshipRows.property("contractKey", edge.key());
                relationshipRows.property("fingerprint", edge.fingerprint());
            }
            case PARTY_TO -> relationshipRows.property("role", edge.key());
        }
        if (relationshipRows.properties(edge.props())) {
            relationshipRows.commit();
            referenced.set(from);
            referenced.set(to);
        } else {
            relationshipRows.rollback();
            aside.add(new Later(null, kind, null, edge));
        }
    }

    /** A row written after the load, through the transactional writer. */
    private record Later(NodeKind nodeKind, EdgeKind edgeKind, NodeWrite node, EdgeWrite edge) implements Serializable {
    }

    /** What the load did. */
    public record Result(long nodeRows, long relationships, long rowsWrittenAfter, double filesSeconds,
                         double importSeconds, double schemaSeconds, double propertiesSeconds, double laterSeconds) {
    }

    /**
     * Runs the load: the importer into the stopped database, the schema over the result, then the rows set aside.
     * {@code stage} hears what is being done. The files are deleted when everything went in; when anything failed
     * the database is emptied again (it was empty) and given its schema back before the failure is rethrown. Files
     * the importer would read wrongly (a relationship end no node row has) fail the load before it touches anything.
     */
    public Result finish(Consumer<String> stage) throws IOException {
        laterProperties.close();
        nodeRows.close();
        relationshipRows.close();
        long nodes = nodeRows.rows(), relationships = relationshipRows.rows();
        aside.close();
        long numbersBytes = numbers.bytes();
        numbers = null;
        double filesSeconds = (System.nanoTime() - opened) / 1e9;
        BitSet endless = (BitSet) referenced.clone();
        endless.andNot(written);
        if (!endless.isEmpty()) {
            throw new IllegalStateException(endless.cardinality() + " relationship ends were never written as "
                    + "nodes to the bulk load files; nothing was loaded");
        }
        double importSeconds, schemaSeconds, propertiesSeconds, laterSeconds;
        try {
            stage.accept("bulk import of " + nodes + " node rows and " + relationships + " relationships");
            long started = System.nanoTime();
            embedded.whileStopped(this::runImporter);
            importSeconds = (System.nanoTime() - started) / 1e9;
            long loaded;
            try (var session = driver.session()) {
                loaded = session.executeRead(tx -> tx.run(cypher.get(Statement.STATS_RELATIONSHIPS)).single()
                        .get("relationships").asLong());
            }
            if (loaded != relationships) {
                // The importer skips what it cannot load (a relationship without its ends) instead of failing.
                throw new IllegalStateException("The bulk load wrote " + relationships + " relationships but the "
                        + "database holds " + loaded + "; see " + folder.resolve("import.log"));
            }

            stage.accept("naming " + laterProperties.count() + " persons renamed by later rows");
            started = System.nanoTime();
            laterProperties.apply(embedded.database().orElseThrow());
            propertiesSeconds = (System.nanoTime() - started) / 1e9;

            stage.accept("building constraints and indexes");
            started = System.nanoTime();
            schema.apply(Duration.ofHours(4));
            schemaSeconds = (System.nanoTime() - started) / 1e9;

            stage.accept("writing " + aside.count() + " later rows of the same keys");
            started = System.nanoTime();
            replayLaterRows();
            laterSeconds = (System.nanoTime() - started) / 1e9;
        } catch (IOException | RuntimeException e) {
            LOG.errorf("Bulk load of batch %s failed, emptying the database again: %s", batchId, e.getMessage());
            try {
                embedded.whileStopped(BulkLoad::deleteStore);
                schema.apply(Duration.ofMinutes(5));
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        if (!Boolean.getBoolean("guanxi.bulk.keep-files-debug")) deleteFiles();
        LOG.infof("Bulk load of batch %s: read and written to files in %.1f s, %d node rows and %d relationships "
                + "imported in %.1f s, %d later person names set in %.1f s, schema built in %.1f s, "
                + "%d later rows written in %.1f s (%d nodes set aside; key filter %d MB, node numbers %d MB)", batchId,
                filesSeconds, nodes, relationships, importSeconds, laterProperties.count(), propertiesSeconds,
                schemaSeconds, aside.count(), laterSeconds, asideNodes.size(), seen.bytes() >> 20,
                numbersBytes >> 20);
        return new Result(nodes, relationships, aside.count(), filesSeconds, importSeconds, schemaSeconds,
                propertiesSeconds, laterSeconds);
    }

    private void runImporter(Path home) throws IOException {
        // The database was empty: its store goes, and the importer builds a new one from the rows.
        deleteStore(home);
        boolean done = false;
        try {
            StoreImporter.importStore(home, nodeRows, relationshipRows, offHeapMemory, folder.resolve("import.log"));
            done = true;
        } finally {
            // A failed import leaves unusable store files; the database was empty, so it starts empty again.
            if (!done) deleteStore(home);
        }
    }

    /** The database's store and transaction logs (the server is stopped): it starts empty next time. */
    private static void deleteStore(Path home) throws IOException {
        deleteTree(home.resolve("data/databases/neo4j"));
        deleteTree(home.resolve("data/transactions/neo4j"));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private void replayLaterRows() throws IOException {
        Map<NodeKind, Replay<NodeWrite>> nodes = new EnumMap<>(NodeKind.class);
        Map<EdgeKind, Replay<EdgeWrite>> edges = new EnumMap<>(EdgeKind.class);
        for (NodeKind kind : NodeKind.values()) {
            nodes.put(kind, new Replay<>(NodeWrite::id, rows -> writer.writeNodes(kind, rows, batchId)));
        }
        for (EdgeKind kind : EdgeKind.values()) {
            edges.put(kind, new Replay<>(e -> e.from() + '\u0001' + e.to() + '\u0001' + e.key(),
                    rows -> writer.writeEdges(kind, rows, batchId)));
        }
        // Nodes before relationships (a relationship's ends are all loaded already; this keeps the usual order).
        for (boolean nodePass : new boolean[]{true, false}) {
            aside.forEach(row -> {
                if (nodePass && row.nodeKind() != null) nodes.get(row.nodeKind()).add(row.node());
                if (!nodePass && row.edgeKind() != null) edges.get(row.edgeKind()).add(row.edge());
            });
            if (nodePass) nodes.values().forEach(Replay::flush);
            else edges.values().forEach(Replay::flush);
        }
    }

    /** Rows of one kind in reading order, written in batches that never hold one key twice (a later row wins). */
    private static final class Replay<T> {
        private final java.util.function.Function<T, String> key;
        private final Consumer<List<T>> write;
        private List<T> rows = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();

        Replay(java.util.function.Function<T, String> key, Consumer<List<T>> write) {
            this.key = key;
            this.write = write;
        }

        void add(T row) {
            if (!keys.add(key.apply(row)) || rows.size() >= REPLAY_BATCH) {
                flush();
                keys.add(key.apply(row));
            }
            rows.add(row);
        }

        void flush() {
            if (rows.isEmpty()) return;
            write.accept(rows);
            rows = new ArrayList<>();
            keys.clear();
        }
    }

    private void deleteFiles() throws IOException {
        nodeRows.delete();
        relationshipRows.delete();
        laterProperties.delete();
        aside.delete();
    }

    /** Closes the files without loading them (the batch failed while reading). */
    @Override
    public void close() {
        try {
            nodeRows.close();
            relationshipRows.close();
            laterProperties.delete();
            aside.close();
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("Could not close the bulk load files in %s: %s", folder, e.getMessage());
        }
    }
}
