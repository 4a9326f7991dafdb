package com.guanxi.decision;

/** Names one version of one ruleset, e.g. {@code credit-default} version {@code 1}. */
public record RulesetRef(String id, String version) {
    public RulesetRef {
        if (id == null || id.isBlank() || version == null || version.isBlank()) {
            throw new IllegalArgumentException("a ruleset reference needs an id and a version");
        }
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
