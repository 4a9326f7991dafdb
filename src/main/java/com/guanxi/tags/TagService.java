package com.guanxi.tags;

import com.guanxi.graph.TagStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the stored tags: the latest run's tags of a subject, and the change log.
 * <p>
 * The tags of the latest run this service recorded are also kept in memory, by subject, so that look-ups (tags of a
 * company, associated parties, decisions) need no database read; they are replaced as soon as the tag job makes a
 * newer run visible, and the graph answers whenever the latest run is not the one in memory (e.g. after a restart,
 * until the start-up run is tagged).
 */
@ApplicationScoped
public class TagService {

    private final TagStore store;
    private final TagConfig config;
    private final List<String> codeOrder = List.copyOf(TagCatalogue.load().codes());
    /** The latest stored run; refreshed by the tag job, read from the graph on first use. */
    private volatile TagRunInfo latest;
    /** The tags of a run in memory: all of them, and by subject in catalogue order. */
    private record Cached(String runId, List<Tag> all, Map<String, List<Tag>> bySubject) {
    }

    private volatile Cached cached;

    TagService(TagStore store, TagConfig config) {
        this.store = store;
        this.config = config;
    }

    /** The latest run whose tags are stored, if any. */
    public Optional<TagRunInfo> latestRun() {
        TagRunInfo run = latest;
        if (run == null) {
            run = store.latestRun().orElse(null);
            if (run != null) published(run);
        }
        return Optional.ofNullable(run);
    }

    /** The latest run's tags of one subject, in catalogue order; empty when it has none or no run exists. */
    public List<Tag> latestTagsOf(String subjectId) {
        return latestTagsOf(List.of(subjectId)).getOrDefault(subjectId, List.of());
    }

    /** The latest run's tags of several subjects, by subject (subjects without tags are absent). */
    public Map<String, List<Tag>> latestTagsOf(Collection<String> subjectIds) {
        Optional<TagRunInfo> run = latestRun();
        if (run.isEmpty()) return Map.of();
        Cached memory = cached;
        if (memory != null && memory.runId().equals(run.get().runId())) {
            Map<String, List<Tag>> out = new java.util.LinkedHashMap<>();
            for (String id : subjectIds) {
                List<Tag> found = memory.bySubject().get(id);
                if (found != null) out.put(id, found);
            }
            return out;
        }
        Map<String, List<Tag>> tags = store.tagsOf(run.get().runId(), subjectIds);
        tags.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(t -> codeOrder.indexOf(t.code()))));
        return tags;
    }

    /** Changes after sequence number {@code since}, oldest first; at most {@code limit} (capped by config). */
    public List<TagChangeRecord> changesSince(long since, int limit) {
        if (since < 0) throw new IllegalArgumentException("since must not be negative");
        if (limit < 1) throw new IllegalArgumentException("limit must be positive");
        return store.changesSince(since, Math.min(limit, config.maxChangesPage()));
    }

    /** The latest tagged runs, newest first: each with the sequence numbers of its changes against the run before. */
    public List<TagRunInfo> recentRuns(int limit) {
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be between 1 and 1000");
        return store.recentRuns(limit);
    }

    /** The highest sequence number in the change log, 0 when empty. */
    public long lastSeq() {
        return store.lastSeq();
    }

    /** Every tag of a run when they are in memory (the latest run this service recorded). */
    Optional<List<Tag>> inMemory(String runId) {
        Cached memory = cached;
        return memory != null && memory.runId().equals(runId) ? Optional.of(memory.all()) : Optional.empty();
    }

    /** Called with the latest stored run when nothing newer is known here. */
    synchronized void published(TagRunInfo run) {
        if (latest == null || run.ordinal() > latest.ordinal()) latest = run;
    }

    /** Called by the tag job once a run is visible, with its tags. */
    synchronized void published(TagRunInfo run, List<Tag> tags) {
        if (latest != null && run.ordinal() <= latest.ordinal()) return;
        Map<String, List<Tag>> bySubject = new HashMap<>();
        for (Tag t : tags) bySubject.computeIfAbsent(t.subjectId(), k -> new ArrayList<>(2)).add(t);
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < codeOrder.size(); i++) rank.put(codeOrder.get(i), i);
        bySubject.replaceAll((subject, list) -> {
            list.sort(java.util.Comparator.comparingInt(t -> rank.getOrDefault(t.code(), Integer.MAX_VALUE)));
            return List.copyOf(list);
        });
        // The tags first: a reader that sees the new run sees its tags.
        cached = new Cached(run.runId(), List.copyOf(tags), bySubject);
        latest = run;
    }
}
