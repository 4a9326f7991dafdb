package com.guanxi.tags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Differences between the previous and the current tags of the same subjects, e.g. two analytics runs:
 * a tag is identified by (subject, code) — one tag per subject and code, its evidence carries every instance
 * (definitions.md, "Risk tags"). A tag present only now is {@code added}, only before is {@code removed}, in both
 * with another severity is {@code severity_changed}. A change of evidence, date, version or run alone is not a
 * change: it does not alter what the decision layer can act on.
 */
public final class TagDiff {
    private static final Comparator<TagChange> ORDER = Comparator.comparing(TagChange::subjectId)
            .thenComparing(TagChange::code);

    private TagDiff() {
    }

    /**
     * Computes the changes from {@code previous} to {@code current}, sorted by subject then code.
     * Runs in O((p + c) log(p + c)) for p previous and c current tags.
     *
     * @throws IllegalArgumentException if either set holds two tags with the same subject and code
     */
    public static List<TagChange> diff(Collection<Tag> previous, Collection<Tag> current) {
        Map<Key, Tag> before = index(previous, "previous");
        Map<Key, Tag> after = index(current, "current");
        List<TagChange> changes = new ArrayList<>();
        before.forEach((key, old) -> {
            Tag now = after.get(key);
            if (now == null) {
                changes.add(new TagChange(TagChange.Kind.REMOVED, key.subjectId(), key.code(), old, null));
            } else if (old.severity() != now.severity()) {
                changes.add(new TagChange(TagChange.Kind.SEVERITY_CHANGED, key.subjectId(), key.code(), old, now));
            }
        });
        after.forEach((key, now) -> {
            if (!before.containsKey(key)) {
                changes.add(new TagChange(TagChange.Kind.ADDED, key.subjectId(), key.code(), null, now));
            }
        });
        changes.sort(ORDER);
        return List.copyOf(changes);
    }

    private static Map<Key, Tag> index(Collection<Tag> tags, String which) {
        Objects.requireNonNull(tags, which + " tags");
        // Hashed, not sorted: the changes are sorted once at the end, and a run has up to a million tags.
        Map<Key, Tag> map = new HashMap<>(tags.size() * 4 / 3 + 1);
        for (Tag t : tags) {
            Key key = new Key(t.subjectId(), t.code());
            if (map.putIfAbsent(key, t) != null) {
                throw new IllegalArgumentException(which + " tags hold " + t.code() + " twice for " + t.subjectId()
                        + " (one tag per subject and code: put every instance into its evidence)");
            }
        }
        return map;
    }

    private record Key(String subjectId, String code) {
    }
}
