package com.guanxi.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.analysis.AnalysisParams;
import com.guanxi.analysis.CompanyRegistry;
import com.guanxi.analysis.EquityAnalysis;
import com.guanxi.analysis.EquityResult;
import com.guanxi.analysis.GuaranteeCircle;
import com.guanxi.analysis.GuaranteeNetworkAnalysis;
import com.guanxi.analysis.GuaranteeNetworkResult;
import com.guanxi.analysis.GuaranteeProjection;
import com.guanxi.analysis.IntegratedOwnership;
import com.guanxi.analysis.OwnershipGraph;
import com.guanxi.analysis.OwnershipProjection;
import com.guanxi.analysis.SharedContactResult;
import com.guanxi.analysis.SharedContacts;
import com.guanxi.graph.AnalyticsStore;
import com.guanxi.graph.GraphStats;
import com.guanxi.graph.ProjectionReader;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs every analytics algorithm as of a date: loads the projections from the graph, computes guarantee network,
 * equity/control and shared contacts, writes the results back, records the run, and keeps the latest results in
 * memory for queries. Runs are serialised: one at a time.
 */
@ApplicationScoped
public class AnalyticsService {

    public static final String VERSION = "guanxi-analytics/1";
    private static final Logger LOG = Logger.getLogger(AnalyticsService.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final ProjectionReader projections;
    private final AnalyticsStore store;
    private final GraphStats stats;
    private final ManagedExecutor executor;
    private final ObjectMapper json;
    private final AnalyticsConfig config;
    private final Event<AnalyticsCompleted> completed;
    private final Map<String, Map<String, Object>> runningRuns = new ConcurrentHashMap<>();
    private final AnalysisParams params = AnalysisParams.defaults();
    private volatile AnalyticsSnapshot latest;
    /** The run whose results the graph holds (written completely by this process), null when not known. */
    private volatile AnalyticsSnapshot written;

    AnalyticsService(ProjectionReader projections, AnalyticsStore store, GraphStats stats, ManagedExecutor executor,
                     ObjectMapper json, AnalyticsConfig config, Event<AnalyticsCompleted> completed) {
        this.projections = projections;
        this.store = store;
        this.stats = stats;
        this.executor = executor;
        this.json = json;
        this.config = config;
        this.completed = completed;
    }

    /** Fired after a run's results are written and visible. */
    public record AnalyticsCompleted(AnalyticsSnapshot snapshot) {
    }

    void recomputeAtStartup(@Observes @jakarta.annotation.Priority(100) StartupEvent event) {
        if (!config.runAtStartup()) return;
        executor.execute(() -> {
            try {
                if (stats.counts().nodes().getOrDefault("Company", 0L) == 0) return;
                LocalDate asOf = store.latestRun().map(r -> LocalDate.parse(String.valueOf(r.get("asOf"))))
                        .orElse(LocalDate.now());
                runNow(asOf);
            } catch (RuntimeException e) {
                LOG.warn("Could not recompute analytics at start-up: " + e.getMessage());
            }
        });
    }

    /** Facts changed: recompute as of today, so tags and results follow the data (保中监控). */
    void afterImport(@Observes com.guanxi.ingest.ImportFinished event) {
        var batch = event.batch();
        boolean loaded = batch.files().stream().anyMatch(f -> f.loaded() > 0);
        if (config.runAfterImport() && loaded && "done".equals(batch.state())) {
            start(LocalDate.now());
        }
    }

    /** Starts a run in the background and returns its id at once. */
    public String start(LocalDate asOf) {
        String runId = newRunId();
        Map<String, Object> run = newRunRecord(runId, asOf);
        runningRuns.put(runId, run);
        store.saveRun(run);
        executor.execute(() -> execute(runId, asOf, run));
        return runId;
    }

    /** Runs in the calling thread. */
    public AnalyticsSnapshot runNow(LocalDate asOf) {
        String runId = newRunId();
        Map<String, Object> run = newRunRecord(runId, asOf);
        runningRuns.put(runId, run);
        store.saveRun(run);
        return execute(runId, asOf, run);
    }

    public Optional<Map<String, Object>> run(String runId) {
        Map<String, Object> running = runningRuns.get(runId);
        if (running != null) return Optional.of(decoded(running));
        return store.run(runId).map(this::decoded);
    }

    /** The results of the latest finished run, if any. */
    public Optional<AnalyticsSnapshot> latest() {
        return Optional.ofNullable(latest);
    }

    private synchronized AnalyticsSnapshot execute(String runId, LocalDate asOf, Map<String, Object> run) {
        Map<String, Long> timings = new LinkedHashMap<>();
        Map<String, Object> counts = new LinkedHashMap<>();
        long started = System.nanoTime();
        try {
            long loadStarted = System.nanoTime();
            ProjectionReader.Inputs inputs = projections.load(executor);
            timings.putAll(inputs.timings());
            timings.put("load", (System.nanoTime() - loadStarted) / 1_000_000);
            CompanyRegistry registry = inputs.registry();
            OwnershipProjection holdings = inputs.holdings();
            GuaranteeProjection contracts = inputs.guarantees();
            GuaranteeNetworkResult guarantees = timed(timings, "guaranteeNetwork",
                    () -> GuaranteeNetworkAnalysis.analyse(contracts, registry, asOf, params));
            OwnershipGraph ownership = holdings.asOf(asOf);
            EquityResult equity = timed(timings, "equityAndControl",
                    () -> EquityAnalysis.analyse(holdings, registry, asOf, params));
            IntegratedOwnership integrated = timed(timings, "integratedOwnershipIndex", () -> new IntegratedOwnership(ownership));
            SharedContactResult contacts = timed(timings, "sharedContacts", () -> SharedContacts.find(registry, params));
            AnalyticsSnapshot snapshot = new AnalyticsSnapshot(runId, asOf, registry, ownership, integrated,
                    guarantees, equity, contacts);
            timings.put("analyse", (System.nanoTime() - loadStarted) / 1_000_000 - timings.get("load"));
            timed(timings, "writeBack", () -> {
                writeBack(snapshot, timings, counts);
                return null;
            });
            counts.put("companies", registry.size());
            counts.put("holdings", holdings.holdingCount());
            counts.put("contracts", contracts.contractCount());
            counts.put("activeGuaranteeEdges", guarantees.all().graph().edgeCount());
            counts.put("mutualPairs", guarantees.all().mutualPairs().size());
            counts.put("loops", guarantees.all().loops().size());
            counts.put("circles", guarantees.all().circles().size());
            counts.put("longChainMembers", guarantees.all().chains().longChainMembers().size());
            counts.put("overGuaranteed", guarantees.overGuarantee().overGuaranteed().size());
            counts.put("abnormalStatus", guarantees.abnormalStatus().size());
            counts.put("controlled", equity.control().outcomes().values().stream().filter(o -> o.ultimateController() != null).count());
            counts.put("groups", equity.control().groups().size());
            counts.put("ownershipCycles", equity.crossHoldings().cycles().size());
            counts.put("sharedContactClusters", contacts.clusters().size());
            latest = snapshot;
            timed(timings, "tags", () -> completed.fire(new AnalyticsCompleted(snapshot)));
            timings.put("total", (System.nanoTime() - started) / 1_000_000);
            finish(run, "done", timings, counts, null);
            LOG.infof("Analytics run %s as of %s done in %d ms: %s; timings (ms) %s", runId, asOf, timings.get("total"),
                    counts, timings);
            return snapshot;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Analytics run %s failed", runId);
            finish(run, "failed", timings, counts, "The run failed: " + e.getMessage());
            throw e;
        } finally {
            runningRuns.remove(runId);
        }
    }

    /**
     * Writes onto the graph what differs between the run's results and those the graph holds: known from the run
     * written before when this process wrote it completely, else read from the graph. Results left as they were keep
     * the run id and date of the run that wrote them.
     */
    private void writeBack(AnalyticsSnapshot s, Map<String, Long> timings, Map<String, Object> counts) {
        AnalyticsSnapshot previous = written;
        written = null; // until this write-back is complete, the graph holds neither run's results exactly
        long t = System.nanoTime();
        WriteBackRows.State before = previous != null ? WriteBackRows.of(previous) : WriteBackRows.stored(store, executor);
        timings.put(previous != null ? "writeBackBaseline" : "readStoredResults", (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        WriteBackRows.Changes changes = WriteBackRows.diff(before, WriteBackRows.of(s));
        before = null;
        timings.put("writeBackDiff", (System.nanoTime() - t) / 1_000_000);
        counts.put("companiesWritten", changes.companies().size());
        counts.put("controlsWritten", changes.controls());
        counts.put("circlesWritten", changes.circles().size() + changes.removedCircles().size());
        counts.put("contactPairsWritten", changes.addedContacts().values().stream().mapToInt(List::size).sum()
                + changes.removedContacts().values().stream().mapToInt(List::size).sum());
        timed(timings, "writeCompanyResults", () -> store.writeCompanyResults(changes.companies(), s.runId(), s.asOf()));
        timed(timings, "writeCircles", () -> store.updateCircles(changes.removedCircles(), changes.circles(),
                s.runId(), s.asOf()));
        timed(timings, "writeSharedContacts", () -> store.updateSharedContacts(changes.removedContacts(),
                changes.addedContacts(), s.runId()));
        written = s;
    }

    /** A circle is named after its smallest member, stable across runs while the circle keeps that member. */
    public static String circleId(GuaranteeCircle circle) {
        return circle.id();
    }

    private static void timed(Map<String, Long> timings, String name, Runnable step) {
        long t = System.nanoTime();
        step.run();
        timings.put(name, (System.nanoTime() - t) / 1_000_000);
    }

    private static <T> T timed(Map<String, Long> timings, String name, Supplier<T> step) {
        long t = System.nanoTime();
        T result = step.get();
        timings.put(name, (System.nanoTime() - t) / 1_000_000);
        return result;
    }

    private Map<String, Object> newRunRecord(String runId, LocalDate asOf) {
        Map<String, Object> run = new HashMap<>();
        run.put("runId", runId);
        run.put("state", "running");
        run.put("asOf", asOf.toString());
        run.put("version", VERSION);
        run.put("startedAt", Instant.now().toString());
        return run;
    }

    private void finish(Map<String, Object> run, String state, Map<String, Long> timings, Map<String, Object> counts,
                        String error) {
        run.put("state", state);
        run.put("finishedAt", Instant.now().toString());
        try {
            run.put("timings", json.writeValueAsString(timings));
            run.put("counts", json.writeValueAsString(counts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (error != null) run.put("error", error);
        store.saveRun(run);
    }

    /** Timings and counts are stored as JSON text on the run node; callers get them as objects. */
    private Map<String, Object> decoded(Map<String, Object> stored) {
        Map<String, Object> out = new LinkedHashMap<>(stored);
        for (String key : List.of("timings", "counts")) {
            Object v = out.get(key);
            if (v instanceof String text) {
                try {
                    out.put(key, json.readValue(text, Map.class));
                } catch (JsonProcessingException e) {
                    out.put(key, text);
                }
            }
        }
        return out;
    }

    private static String newRunId() {
        byte[] b = new byte[3];
        new SecureRandom().nextBytes(b);
        return "R" + ID_TIME.format(Instant.now()) + "-" + HexFormat.of().formatHex(b);
    }
}
