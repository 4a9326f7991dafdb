package com.guanxi.tags;

import java.util.List;

/** CDI event: the tags of a run and its changes against the previous run are stored and visible. */
public record TagsRecorded(TagRunInfo run, List<TagChangeRecord> changes) {
    public TagsRecorded {
        changes = List.copyOf(changes);
    }
}
