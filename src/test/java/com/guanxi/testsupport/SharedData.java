package com.guanxi.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the read-only {@code shared} folder (samples, real data, contracts): system property {@code guanxi.shared},
 * else env {@code GUANXI_SHARED}, else the first of ../shared, ../../shared, ../../../shared holding samples/small.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String configured = System.getProperty("guanxi.shared");
        if (configured == null || configured.isBlank()) configured = System.getenv("GUANXI_SHARED");
        if (configured != null && !configured.isBlank()) return Paths.get(configured).toAbsolutePath().normalize();
        for (String candidate : new String[]{"../shared", "../../shared", "../../../shared"}) {
            Path p = Paths.get(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(p.resolve("samples/small"))) return p;
        }
        throw new IllegalStateException("shared folder not found: set -Dguanxi.shared or GUANXI_SHARED");
    }

    public static Path samplesSmall() {
        return root().resolve("samples/small");
    }

    public static Path real(String relative) {
        return root().resolve("real").resolve(relative);
    }
}
