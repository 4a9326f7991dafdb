package com.guanxi.graph;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * How the bulk reads of a run (projections, positions, case parties, stored results) reach the database. Each such
 * statement returns one list per row; whichever way it came, the caller gets that list as plain Java values
 * (String, Long, Double, Boolean, LocalDate, List, null) and adds it to a container of its own.
 * <p>
 * Two ways: over Bolt (an external server or cluster), or in process through the embedded database when this service
 * runs it — the same statement text in a read transaction, without packing millions of rows into Bolt messages and
 * unpacking them into driver values in the same JVM.
 */
public interface BulkRows {

    int BOLT_FETCH_SIZE = 10_000;

    /**
     * Runs {@code statement} in one read transaction and adds each row's list to a fresh container (fresh per
     * attempt: a transaction that failed transiently may be retried).
     */
    <T> T read(String statement, Map<String, Object> params, Supplier<T> container, BiConsumer<T, List<Object>> add);

    /** Over Bolt, in read sessions with a large fetch size, each transaction allowed {@code timeout}. */
    static BulkRows bolt(Driver driver, Duration timeout) {
        TransactionConfig bulk = TransactionConfig.builder().withTimeout(timeout).build();
        SessionConfig session = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
                .withFetchSize(BOLT_FETCH_SIZE).build();
        return new BulkRows() {
            @Override
            public <T> T read(String statement, Map<String, Object> params, Supplier<T> container,
                              BiConsumer<T, List<Object>> add) {
                try (var s = driver.session(session)) {
                    return s.executeRead(tx -> {
                        T out = container.get();
                        var result = tx.run(statement, params);
                        while (result.hasNext()) add.accept(out, result.next().get(0).asList(BulkRows::plain));
                        return out;
                    }, bulk);
                }
            }
        };
    }

    /** In process, through the embedded database; each transaction allowed {@code timeout}. */
    static BulkRows inProcess(GraphDatabaseService database, Duration timeout) {
        return new BulkRows() {
            @Override
            public <T> T read(String statement, Map<String, Object> params, Supplier<T> container,
                              BiConsumer<T, List<Object>> add) {
                T out = container.get();
                try (Transaction tx = database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS);
                     Result result = tx.execute(statement, params)) {
                    String column = result.columns().get(0);
                    // The visitor reads each row in place; iterating would build a map per row first.
                    result.accept(row -> {
                        add.accept(out, plainList(row.get(column)));
                        return true;
                    });
                }
                return out;
            }
        };
    }

    /** A driver value as the plain Java value {@link #read} promises. */
    static Object plain(Value v) {
        return v.isNull() ? null : v.asObject();
    }

    /**
     * An embedded result value as the plain Java value a driver would give: a list property comes out of the
     * embedded database as a Java array (String[], long[], …), over Bolt as a list.
     */
    static Object plain(Object v) {
        if (v == null) return null;
        if (v instanceof List<?> list) return plainList(list);
        if (v.getClass().isArray()) {
            int n = Array.getLength(v);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(plain(Array.get(v, i)));
            return out;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        if (v instanceof Float f) return f.doubleValue();
        return v;
    }

    private static List<Object> plainList(Object v) {
        List<?> list = (List<?>) v;
        List<Object> out = new ArrayList<>(list.size());
        for (Object o : list) out.add(plain(o));
        return out;
    }
}
