package com.guanxi.tags;

import com.guanxi.analysis.AssociatedParties;
import com.guanxi.analysis.AssociationSources;
import com.guanxi.analysis.CaseParty;
import com.guanxi.analysis.Serving;
import com.guanxi.analytics.AnalyticsService.AnalyticsCompleted;
import com.guanxi.analytics.AnalyticsSnapshot;
import com.guanxi.graph.ProjectionReader;
import com.guanxi.graph.TagStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Derives the risk tags of every finished analytics run ({@link TagDerivation}), stores them beside the earlier
 * runs' tags, logs the changes against the previous run with increasing sequence numbers, and announces them
 * ({@link TagsRecorded}: the change stream and the webhooks listen). Runs one at a time, in the analytics thread.
 */
@ApplicationScoped
public class TagJob {

    private static final Logger LOG = Logger.getLogger(TagJob.class);

    private final ProjectionReader projections;
    private final TagStore store;
    private final TagService tags;
    private final AssociatedPartyService associated;
    private final Event<TagsRecorded> recorded;
    private final TagConfig config;
    private final TagParams params;
    private final ManagedExecutor executor;

    TagJob(ProjectionReader projections, TagStore store, TagService tags, AssociatedPartyService associated,
           Event<TagsRecorded> recorded, TagConfig config, ManagedExecutor executor) {
        this.executor = executor;
        this.projections = projections;
        this.store = store;
        this.tags = tags;
        this.associated = associated;
        this.recorded = recorded;
        this.config = config;
        if (config.keepRuns() < 2) throw new IllegalArgumentException("guanxi.tags.keep-runs must be at least 2");
        this.params = new TagParams(TagCatalogue.load(), TagParams.VERSION, config.evidenceListLimit(),
                config.debtorRoles(), config.loanDisputeMarkers());
    }

    void onAnalyticsCompleted(@Observes AnalyticsCompleted event) {
        try {
            record(event.snapshot());
        } catch (RuntimeException e) {
            // The analytics results stand; the tags keep the previous run until the next run succeeds.
            LOG.errorf(e, "Could not derive the tags of analytics run %s", event.snapshot().runId());
        }
    }

    /** Derives, stores and announces the tags of one run; returns the stored run. */
    public synchronized TagRunInfo record(AnalyticsSnapshot s) {
        long started = System.nanoTime();
        Map<String, Long> timings = new LinkedHashMap<>();
        long t = System.nanoTime();
        // Both inputs at once, in two sessions.
        var litigationLoad = CompletableFuture.supplyAsync(projections::caseParties, executor);
        List<Serving> servings = projections.servings();
        List<CaseParty> litigation = litigationLoad.join();
        t = lap(timings, "load", t);
        List<Tag> current = TagDerivation.derive(new TagSources(s.runId(), s.asOf(), s.registry(), s.ownership(),
                s.guarantees(), s.equity(), s.sharedContacts(), servings), litigation, params);
        t = lap(timings, "derive", t);
        associated.publish(new AssociatedPartyService.Latest(s.runId(), s.asOf(), AssociatedParties.index(
                new AssociationSources(s.registry(), s.ownership(), s.equity().control(), s.guarantees().all().graph(),
                        s.sharedContacts(), servings, litigation)), s.registry()));
        t = lap(timings, "associatedIndex", t);
        servings = null; // millions of positions: indexed now, not needed while the tags are written
        var previous = store.latestRun();
        // The previous run's tags are in memory when this service recorded it.
        List<Tag> before = previous.map(r -> tags.inMemory(r.runId()).orElseGet(() -> store.tagsOfRun(r.runId())))
                .orElse(List.of());
        t = lap(timings, "previous", t);
        List<TagChange> changes = TagDiff.diff(before, current);
        before = null; // the previous run's tags, when read from the graph, are garbage from here on
        t = lap(timings, "diff", t);

        long ordinal = store.reserve(TagStore.RUN_SEQUENCE, 1);
        long first = changes.isEmpty() ? 0 : store.reserve(TagStore.CHANGE_SEQUENCE, changes.size());
        TagRunInfo run = new TagRunInfo(s.runId(), ordinal, s.asOf(), params.version(), Instant.now(),
                previous.map(TagRunInfo::runId).orElse(null), current.size(), changes.size(), first,
                changes.isEmpty() ? 0 : first + changes.size() - 1);
        List<TagChangeRecord> log = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) log.add(TagChangeRecord.of(first + i, run, changes.get(i)));

        store.saveTags(current);
        t = lap(timings, "saveTags", t);
        store.saveChanges(log);
        t = lap(timings, "saveChanges", t);
        store.saveRun(run);
        tags.published(run, current);
        LOG.infof("Tags of run %s as of %s: %d tags, %d changes against %s (seq %d..%d) in %d ms; timings (ms) %s",
                run.runId(), run.asOf(), run.tagCount(), run.changeCount(), run.previousRunId(), run.firstSeq(),
                run.lastSeq(), (System.nanoTime() - started) / 1_000_000, timings);
        recorded.fire(new TagsRecorded(run, log));
        List<String> pruned = store.prune(config.keepRuns());
        if (!pruned.isEmpty()) LOG.infof("Deleted the tags of %d older runs (kept %d)", pruned.size(), config.keepRuns());
        long expired = store.pruneChanges(run.recordedAt().minus(config.changeLogRetention()));
        if (expired > 0) LOG.infof("Deleted %d tag changes older than %s that every webhook has received", expired, config.changeLogRetention());
        return run;
    }

    private static long lap(Map<String, Long> timings, String name, long since) {
        long now = System.nanoTime();
        timings.put(name, (now - since) / 1_000_000);
        return now;
    }
}
