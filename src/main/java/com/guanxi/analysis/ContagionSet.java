package com.guanxi.analysis;

import java.util.List;

/** The contagion set (风险传染) of a defaulted company: its ancestors in G, nearest first (then by id). */
public record ContagionSet(String defaultedId, List<ContagionExposure> exposed) {
    public ContagionSet {
        exposed = List.copyOf(exposed);
    }
}
