package com.guanxi.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.tags.Severity;
import com.guanxi.tags.Tag;
import com.guanxi.tags.TagChangeRecord;
import com.guanxi.tags.TagRunInfo;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores the tags of every analytics run ({@code :Tag} nodes linked from their subjects, one {@code :TagRun} per
 * run) and the tag-change log ({@code :TagChange} with a sequence number). The tags of earlier runs are kept (up to
 * the configured retention) so that a run can be compared with the one before it.
 * <p>
 * A run is visible once its {@code :TagRun} node exists: it is written last, after the tags and the changes.
 */
@ApplicationScoped
public class TagStore {

    /** The sequence behind {@link TagChangeRecord#seq()}. */
    public static final String CHANGE_SEQUENCE = "tag-change";
    /** The sequence behind {@link TagRunInfo#ordinal()}. */
    public static final String RUN_SEQUENCE = "tag-run";
    private static final int CHUNK = 20_000;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Driver driver;
    private final BulkRows rows;
    private final CypherCatalogue cypher;
    private final ObjectMapper json;
    /** Writing, reading or deleting a whole run's tags takes longer than an interactive query may. */
    private final TransactionConfig bulk;

    TagStore(Driver driver, ServiceBulkRows rows, CypherCatalogue cypher, ObjectMapper json, GraphConfig config) {
        this.driver = driver;
        this.rows = rows;
        this.cypher = cypher;
        this.json = json;
        this.bulk = TransactionConfig.builder().withTimeout(config.bulkTransactionTimeout()).build();
    }

    /** The latest stored run (highest ordinal). */
    public Optional<TagRunInfo> latestRun() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher.get(Statement.TAG_RUN_LATEST));
                return result.hasNext() ? Optional.of(run(result.next().get("run"))) : Optional.<TagRunInfo>empty();
            });
        }
    }

    /** The latest runs, newest first. */
    public List<TagRunInfo> recentRuns(int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(Statement.TAG_RUNS_RECENT), Map.of("limit", limit))
                    .list(r -> run(r.get("run"))));
        }
    }

    /** Reserves {@code count} consecutive numbers of a sequence; returns the first. */
    public long reserve(String sequence, int count) {
        if (count < 1) throw new IllegalArgumentException("reserve at least one number");
        try (var session = driver.session()) {
            return session.executeWrite(tx -> tx.run(cypher.get(Statement.SEQUENCE_NEXT),
                    Map.of("key", sequence, "count", count)).single().get("first").asLong());
        }
    }

    /**
     * Writes the tags of a run (in chunks of {@value #CHUNK}, each turned into rows only when it is written: a run's
     * evidence as JSON text would be a second copy of every tag); call {@link #saveRun} once everything is written.
     */
    public void saveTags(List<Tag> tags) {
        chunked(Statement.TAGS_CREATE, tags, t -> {
            Map<String, Object> row = new HashMap<>();
            row.put("subjectId", t.subjectId());
            row.put("code", t.code());
            row.put("severity", t.severity().code());
            row.put("nameZh", t.nameZh());
            row.put("nameEn", t.nameEn());
            row.put("evidence", write(t.evidence()));
            row.put("asOf", t.asOf());
            row.put("version", t.version());
            row.put("runId", t.runId());
            return row;
        });
    }

    /** Appends changes to the log (in chunks); their sequence numbers must have been reserved. */
    public void saveChanges(List<TagChangeRecord> changes) {
        chunked(Statement.TAG_CHANGES_CREATE, changes, c -> {
            Map<String, Object> row = new HashMap<>();
            row.put("seq", c.seq());
            row.put("runId", c.runId());
            row.put("previousRunId", c.previousRunId());
            row.put("asOf", c.asOf());
            row.put("kind", c.kind().code());
            row.put("subjectId", c.subjectId());
            row.put("code", c.code());
            row.put("severityBefore", c.severityBefore() == null ? null : c.severityBefore().code());
            row.put("severityAfter", c.severityAfter() == null ? null : c.severityAfter().code());
            row.put("recordedAt", c.recordedAt().toString());
            row.put("json", write(c));
            return row;
        });
    }

    /** Makes a run visible: the last write of a run. */
    public void saveRun(TagRunInfo run) {
        Map<String, Object> props = new HashMap<>();
        props.put("runId", run.runId());
        props.put("ordinal", run.ordinal());
        props.put("asOf", run.asOf());
        props.put("version", run.version());
        props.put("recordedAt", run.recordedAt().toString());
        props.put("previousRunId", run.previousRunId());
        props.put("tagCount", run.tagCount());
        props.put("changeCount", run.changeCount());
        props.put("firstSeq", run.firstSeq());
        props.put("lastSeq", run.lastSeq());
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher.get(Statement.TAG_RUN_CREATE), Map.of("run", props)));
        }
    }

    /** Every tag of a run. */
    public List<Tag> tagsOfRun(String runId) {
        return rows.read(cypher.get(Statement.TAGS_OF_RUN), Map.of("runId", runId), ArrayList::new, (tags, r) ->
                tags.add(new Tag((String) r.get(0), (String) r.get(1), (String) r.get(2), Severity.of((String) r.get(3)),
                        (String) r.get(4), read((String) r.get(5), MAP), (java.time.LocalDate) r.get(6),
                        (String) r.get(7), (String) r.get(8))));
    }

    /** The tags of the given subjects in a run, by subject (subjects without tags are absent). */
    public Map<String, List<Tag>> tagsOf(String runId, Collection<String> subjectIds) {
        Map<String, List<Tag>> out = new LinkedHashMap<>();
        if (subjectIds.isEmpty()) return out;
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(cypher.get(Statement.TAGS_OF_SUBJECTS), Map.of("runId", runId, "ids", List.copyOf(subjectIds)))
                        .forEachRemaining(r -> {
                            Tag t = tag(r.get("tag"));
                            out.computeIfAbsent(t.subjectId(), k -> new ArrayList<>()).add(t);
                        });
                return null;
            });
        }
        return out;
    }

    /** Changes with a sequence number above {@code since}, oldest first, at most {@code limit}. */
    public List<TagChangeRecord> changesSince(long since, int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(Statement.TAG_CHANGES_SINCE),
                    Map.of("since", since, "limit", limit)).list(r -> read(r.get("json").asString(), TagChangeRecord.class)));
        }
    }

    /** The highest sequence number logged, 0 when the log is empty. */
    public long lastSeq() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(Statement.TAG_CHANGES_LAST_SEQ)).single().get("seq").asLong());
        }
    }

    /** Deletes the tags of all but the {@code keep} latest runs (their runs and changes stay); returns the runs pruned. */
    public List<String> prune(int keep) {
        List<String> runIds;
        try (var session = driver.session()) {
            runIds = session.executeRead(tx -> tx.run(cypher.get(Statement.TAG_RUNS_TO_PRUNE), Map.of("keep", keep))
                    .list(r -> r.get("runId").asString()));
        }
        for (String runId : runIds) {
            try (var session = driver.session()) {
                // CALL … IN TRANSACTIONS needs an auto-commit transaction.
                session.run(cypher.get(Statement.TAG_RUN_PRUNE), Map.of("runId", runId), bulk).consume();
                session.executeWriteWithoutResult(tx -> tx.run(cypher.get(Statement.TAG_RUN_MARK_PRUNED), Map.of("runId", runId)));
            }
        }
        return runIds;
    }

    /** Deletes the changes recorded before {@code before} that every active webhook has received; returns how many. */
    public long pruneChanges(java.time.Instant before) {
        try (var session = driver.session()) {
            // CALL … IN TRANSACTIONS needs an auto-commit transaction.
            return session.run(cypher.get(Statement.TAG_CHANGES_PRUNE), Map.of("before", before.toString()), bulk)
                    .single().get("deleted").asLong();
        }
    }

    private <T> void chunked(Statement statement, List<T> items, java.util.function.Function<T, Map<String, Object>> row) {
        String text = cypher.get(statement);
        try (var session = driver.session()) {
            for (int from = 0; from < items.size(); from += CHUNK) {
                List<Map<String, Object>> chunk = new ArrayList<>(CHUNK);
                for (T item : items.subList(from, Math.min(items.size(), from + CHUNK))) chunk.add(row.apply(item));
                session.executeWriteWithoutResult(tx -> tx.run(text, Map.of("rows", chunk)), bulk);
            }
        }
    }

    private Tag tag(Value v) {
        return new Tag(v.get("code").asString(), v.get("nameZh").asString(), v.get("nameEn").asString(),
                Severity.of(v.get("severity").asString()), v.get("subjectId").asString(),
                read(v.get("evidence").asString(), MAP), v.get("asOf").asLocalDate(), v.get("version").asString(),
                v.get("runId").isNull() ? null : v.get("runId").asString());
    }

    private static TagRunInfo run(Value v) {
        return new TagRunInfo(v.get("runId").asString(), v.get("ordinal").asLong(), v.get("asOf").asLocalDate(),
                v.get("version").asString(), Instant.parse(v.get("recordedAt").asString()),
                v.get("previousRunId").isNull() ? null : v.get("previousRunId").asString(),
                v.get("tagCount").asInt(), v.get("changeCount").asInt(), v.get("firstSeq").asLong(),
                v.get("lastSeq").asLong());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
