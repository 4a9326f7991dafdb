package com.guanxi.tags;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the tag-change log: a {@link TagChange} between two runs with its sequence number. Sequence numbers
 * increase with every change ever recorded, so "what changed since n" is {@code seq > n}.
 *
 * @param seq            position in the change log, from 1
 * @param runId          the run whose tags changed
 * @param previousRunId  the run compared against; null for the first run
 * @param asOf           the run's evaluation date
 * @param recordedAt     when the change was recorded
 * @param kind           added, removed, severity_changed
 * @param subjectId      the tagged subject
 * @param code           the tag code
 * @param severityBefore null when added
 * @param severityAfter  null when removed
 * @param before         the tag before; null when added
 * @param after          the tag after; null when removed
 */
public record TagChangeRecord(long seq, String runId, String previousRunId, LocalDate asOf, Instant recordedAt,
                              TagChange.Kind kind, String subjectId, String code, Severity severityBefore,
                              Severity severityAfter, Tag before, Tag after) {
    public TagChangeRecord {
        if (seq < 1) throw new IllegalArgumentException("seq starts at 1");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(code, "code");
    }

    /** The change as the {@code seq}-th entry of the log for {@code run}. */
    public static TagChangeRecord of(long seq, TagRunInfo run, TagChange change) {
        return new TagChangeRecord(seq, run.runId(), run.previousRunId(), run.asOf(), run.recordedAt(), change.kind(),
                change.subjectId(), change.code(), change.severityBefore(), change.severityAfter(), change.before(),
                change.after());
    }
}
