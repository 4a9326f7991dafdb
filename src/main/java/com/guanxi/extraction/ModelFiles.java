package com.guanxi.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the entity-resolution model (model.yaml and dictionaries/) is read from: a folder on disk, or the
 * {@code entity-resolution/} folder on the classpath (it is packaged with the service).
 */
public final class ModelFiles {
    /** System property naming a folder that overrides the packaged model. */
    public static final String DIR_PROPERTY = "guanxi.entityResolution.dir";

    private final Path dir;

    private ModelFiles(Path dir) {
        this.dir = dir;
    }

    /** The folder named by {@value #DIR_PROPERTY}, else the packaged copy on the classpath. */
    public static ModelFiles standard() {
        String p = System.getProperty(DIR_PROPERTY);
        return p == null || p.isBlank() ? classpath() : directory(Path.of(p));
    }

    public static ModelFiles directory(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("not a folder: " + dir);
        return new ModelFiles(dir);
    }

    public static ModelFiles classpath() {
        return new ModelFiles(null);
    }

    /** Opens {@code relative} (for example {@code dictionaries/regions.tsv}) as UTF-8. */
    public Reader open(String relative) {
        try {
            if (dir != null) return Files.newBufferedReader(dir.resolve(relative), StandardCharsets.UTF_8);
            InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream("entity-resolution/" + relative);
            if (in == null) throw new IllegalStateException("model file missing from the classpath: " + relative);
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + relative, e);
        }
    }

    @Override
    public String toString() {
        return dir == null ? "classpath:entity-resolution/" : dir.toString();
    }
}
