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

    /**
     * Scheduled re-runs as of today (保中监控: post-loan monitoring), a Quarkus cron expression such as
     * {@code 0 30 2 * * ?} (02:30 every day); {@code off} by default.
     */
    @WithDefault("off")
    String cron();

    /** The time zone whose date "today" is for scheduled runs. */
    @WithDefault("Asia/Shanghai")
    String zone();
}
