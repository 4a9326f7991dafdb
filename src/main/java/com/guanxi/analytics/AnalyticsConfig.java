package com.guanxi.analytics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When analytics runs happen. Thresholds are the defaults of definitions.md (AnalysisParams.defaults()). */
@ConfigMapping(prefix = "guanxi.analytics")
public interface AnalyticsConfig {

    /** Start a run (as of today) after every import batch that loaded rows. */
    @WithDefault("true")
    boolean runAfterImport();

    /** At start-up, recompute the last run's results when the graph holds companies (results live in memory). */
    @WithDefault("true")
    boolean runAtStartup();
}
