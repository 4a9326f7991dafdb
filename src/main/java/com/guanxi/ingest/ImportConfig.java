package com.guanxi.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How batches are imported. */
@ConfigMapping(prefix = "guanxi.import")
public interface ImportConfig {

    /** Folder holding each batch's uploads, rejects and resolutions. */
    @WithDefault("data/imports")
    String workDir();

    /** Rows per write transaction. */
    @WithDefault("5000")
    int batchSize();

    /** Concurrent write transactions while the reader parses ahead. */
    @WithDefault("2")
    int writerThreads();

    /**
     * The command line's import into an empty embedded database goes through Neo4j's offline importer (a bulk load,
     * many times faster than transactions); false: always transactions.
     */
    @WithDefault("true")
    boolean bulk();

    /** Most memory outside the heap the offline importer may use (its --max-off-heap-memory: a size or a percentage of RAM). */
    @WithDefault("2G")
    String bulkMemory();
}
