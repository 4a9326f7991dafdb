package com.guanxi.resolution;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** How names are resolved during import. */
@ConfigMapping(prefix = "guanxi.resolution")
public interface ResolutionConfig {

    /**
     * {@code full}: the entity resolver (model in entity-resolution/, judgment extraction, person context) over the
     * whole batch before it is written; {@code exact}: identifiers and exact normalised names only, streaming, for
     * bulk loads of millions of rows where the batch cannot be held in memory.
     */
    @WithDefault("full")
    String mode();

    /** Where reviewer judgements are kept (append-only). */
    @WithDefault("data/review")
    String reviewDir();

    /** Folder with the unpacked CoreNLP Chinese model files (bin/corenlp-models); absent: rules only. */
    Optional<String> corenlpModels();
}
