package com.guanxi.analytics;

import com.guanxi.graph.EmbeddedNeo4j;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Post-loan monitoring (保中监控): re-runs every analytics algorithm, and so every tag and tag change, as of today on
 * the schedule of {@code guanxi.analytics.cron} (off by default).
 */
@ApplicationScoped
public class MonitoringSchedule {

    private static final Logger LOG = Logger.getLogger(MonitoringSchedule.class);

    private final AnalyticsService analytics;
    private final EmbeddedNeo4j database;
    private final ZoneId zone;

    MonitoringSchedule(AnalyticsService analytics, EmbeddedNeo4j database, AnalyticsConfig config) {
        this.analytics = analytics;
        this.database = database;
        this.zone = ZoneId.of(config.zone());
    }

    @Scheduled(identity = "analytics-monitoring", cron = "${guanxi.analytics.cron:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rerun() {
        LocalDate today = LocalDate.now(zone);
        if (database.isOffline()) {
            // A bulk load has the embedded database stopped: a run now could only fail.
            LOG.warnf("Scheduled analytics run as of %s skipped: the database is stopped for a bulk load; the next "
                    + "scheduled run, or POST /api/analytics/runs once the import is done, covers it", today);
            return;
        }
        String runId = analytics.start(today);
        LOG.infof("Scheduled analytics run %s as of %s started", runId, today);
    }
}
