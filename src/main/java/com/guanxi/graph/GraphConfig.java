package com.guanxi.graph;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

/** Where the graph lives: an external Neo4j (uri set) or the embedded server the service starts itself. */
@ConfigMapping(prefix = "guanxi.neo4j")
public interface GraphConfig {

    /** Bolt/neo4j URI of an external server or cluster (env GUANXI_NEO4J_URI). Absent: start the embedded server. */
    Optional<String> uri();

    Embedded embedded();

    /**
     * Longest a bulk transaction of the analytics or the tag job may run (loading a projection, writing results or
     * tags back). These read or write millions of rows, which can take longer than the query timeout meant for
     * interactive requests, so they ask for this one instead.
     */
    @WithDefault("30m")
    java.time.Duration bulkTransactionTimeout();

    interface Embedded {
        /** Persistent database folder. */
        @WithDefault("data/neo4j")
        String dataDir();

        /** Bolt port, bound to 127.0.0.1 only. */
        @WithDefault("7687")
        int boltPort();

        /** Page cache size, e.g. 512m; empty lets Neo4j choose. */
        @WithName("page-cache")
        Optional<String> pageCache();

        /**
         * Longest a transaction may run before the server stops it (db.transaction.timeout), so no query runs forever;
         * a transaction that asks for its own timeout (driver TransactionConfig) gets that one instead.
         */
        @WithDefault("60s")
        java.time.Duration transactionTimeout();

        /** Delete the data folder on shutdown (tests). */
        @WithDefault("false")
        boolean deleteOnShutdown();
    }
}
