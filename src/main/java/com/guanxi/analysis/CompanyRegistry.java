package com.guanxi.analysis;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** The registry companies known to an analysis run, by id. Immutable. */
public final class CompanyRegistry {
    private final Map<String, CompanyFacts> byId;

    private CompanyRegistry(Map<String, CompanyFacts> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** @throws IllegalArgumentException when two facts share an id */
    public static CompanyRegistry of(Collection<CompanyFacts> companies) {
        Map<String, CompanyFacts> byId = new HashMap<>(Math.max(16, (int) (companies.size() / 0.75f) + 1));
        for (CompanyFacts c : companies) {
            if (byId.putIfAbsent(c.id(), c) != null) throw new IllegalArgumentException("duplicate company " + c.id());
        }
        return new CompanyRegistry(byId);
    }

    /** The facts, or null when the id is not a registry company. */
    public CompanyFacts get(String id) {
        return byId.get(id);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Collection<CompanyFacts> companies() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }
}
