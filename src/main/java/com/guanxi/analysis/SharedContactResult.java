package com.guanxi.analysis;

import java.util.List;
import java.util.TreeSet;

/** Shared-contact clusters sorted by type then value. */
public record SharedContactResult(List<SharedContactCluster> clusters) {
    public SharedContactResult {
        clusters = List.copyOf(clusters);
    }

    /** Companies to tag SHARED_CONTACT: members of a tagged cluster, sorted. */
    public List<String> taggedCompanies() {
        TreeSet<String> tagged = new TreeSet<>();
        for (SharedContactCluster c : clusters) {
            if (c.tagged()) tagged.addAll(c.members());
        }
        return List.copyOf(tagged);
    }
}
