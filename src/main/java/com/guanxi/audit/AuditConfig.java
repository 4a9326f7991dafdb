package com.guanxi.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Where and how the audit trail (征信 query records) is kept. */
@ConfigMapping(prefix = "guanxi.audit")
public interface AuditConfig {

    /** Folder of the daily JSON Lines files. */
    @WithDefault("data/audit")
    String dir();

    /** The zone whose calendar days name the files. */
    @WithDefault("Asia/Shanghai")
    String zone();

    /** Force every entry to disk before the answer leaves the service. */
    @WithDefault("true")
    boolean fsync();

    /**
     * Requests under /api that are not recorded, as "METHOD /endpoint/{template}": status polls and the like, which
     * query no company or person. Everything else under /api is recorded.
     */
    @WithDefault("GET /api/auth/me,GET /api/stats,GET /api/imports/{batchId},GET /api/analytics/runs/{runId}")
    List<String> skip();
}
