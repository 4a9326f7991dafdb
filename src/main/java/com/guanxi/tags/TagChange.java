package com.guanxi.tags;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One change between two tag sets of the same subjects (a tag-change event for the decision layer).
 *
 * @param kind      added, removed or severity_changed
 * @param subjectId the tagged subject
 * @param code      the tag code
 * @param before    the previous tag ({@code null} when added)
 * @param after     the current tag ({@code null} when removed)
 */
public record TagChange(Kind kind, String subjectId, String code, Tag before, Tag after) {

    public enum Kind {
        ADDED, REMOVED, SEVERITY_CHANGED;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Kind of(String code) {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        }
    }

    public TagChange {
        if (kind == null || subjectId == null || code == null) {
            throw new IllegalArgumentException("kind, subjectId and code are required");
        }
        boolean shapeOk = switch (kind) {
            case ADDED -> before == null && after != null;
            case REMOVED -> before != null && after == null;
            case SEVERITY_CHANGED -> before != null && after != null && before.severity() != after.severity();
        };
        if (!shapeOk) throw new IllegalArgumentException(kind.code() + " change of " + code + " on " + subjectId
                + " has the wrong before/after tags");
        for (Tag t : new Tag[] {before, after}) {
            if (t != null && (!t.subjectId().equals(subjectId) || !t.code().equals(code))) {
                throw new IllegalArgumentException("tag " + t.code() + " on " + t.subjectId() + " does not belong to change of "
                        + code + " on " + subjectId);
            }
        }
    }

    /** Severity before the change, {@code null} when the tag was added. */
    public Severity severityBefore() {
        return before == null ? null : before.severity();
    }

    /** Severity after the change, {@code null} when the tag was removed. */
    public Severity severityAfter() {
        return after == null ? null : after.severity();
    }
}
