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
}
