package com.guanxi.resolution;

import java.util.List;

/** The registry companies the graph holds when a batch starts: what new mentions are resolved against. */
public record RegistrySnapshot(List<Entry> companies) {

    public record Entry(String id, String uscc, String regNo, String name, List<String> formerNames) {
    }

    public static RegistrySnapshot empty() {
        return new RegistrySnapshot(List.of());
    }
}
