package com.guanxi.decision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The decision layer ({@code guanxi.decisions.*}). */
@ConfigMapping(prefix = "guanxi.decisions")
public interface DecisionConfig {

    /**
     * A folder with an {@code index.yaml} and ruleset files, managed by operators; absent: the rulesets shipped in the
     * service ({@code rulesets/index.yaml} on the classpath).
     */
    Optional<String> rulesetsDir();

    /** Most applications in one {@code POST /api/decisions/batch}. */
    @WithDefault("50000")
    int maxBatch();
}
