package com.guanxi.decision;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.guanxi.tags.TagCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Every compiled ruleset version the service knows, by id and version: the champion, the challenger, and the
 * older versions that stored decisions name, so that they can be replayed. Immutable and thread-safe.
 *
 * <p>The classpath set is listed in {@value #INDEX}: {@code files} (ruleset YAML files beside it),
 * {@code champion} and {@code challenger} ({@code {id, version}}). A listing file is used rather than a
 * directory scan because resources inside a jar cannot be listed portably.
 */
public final class RulesetRegistry {
    /** Classpath location of the ruleset index. */
    public static final String INDEX = "rulesets/index.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<RulesetRef, CompiledRuleset> byRef;
    private final RulesetRef champion;
    private final RulesetRef challenger;

    private RulesetRegistry(Collection<CompiledRuleset> rulesets, RulesetRef champion, RulesetRef challenger) {
        Map<RulesetRef, CompiledRuleset> map = new LinkedHashMap<>();
        for (CompiledRuleset r : rulesets) {
            if (map.putIfAbsent(r.ref(), r) != null) throw new RulesetLoadException(r.ref() + " is defined twice");
        }
        this.byRef = Map.copyOf(map);
        this.champion = champion;
        this.challenger = challenger;
        if (champion != null && !byRef.containsKey(champion)) throw new RulesetLoadException("champion " + champion + " is not loaded");
        if (challenger != null && !byRef.containsKey(challenger)) throw new RulesetLoadException("challenger " + challenger + " is not loaded");
    }

    /** A registry of the given rulesets, with a champion and an optional challenger ({@code null}). */
    public static RulesetRegistry of(Collection<CompiledRuleset> rulesets, RulesetRef champion, RulesetRef challenger) {
        if (champion == null) throw new IllegalArgumentException("a champion is required");
        return new RulesetRegistry(rulesets, champion, challenger);
    }

    /** Loads and compiles every ruleset listed in {@value #INDEX} on the classpath. */
    public static RulesetRegistry fromClasspath(TagCatalogue catalogue) {
        ClassLoader loader = RulesetRegistry.class.getClassLoader();
        Index index = readIndex(open(loader, INDEX), INDEX);
        List<CompiledRuleset> rulesets = index.files().stream().map(file -> {
            String resource = "rulesets/" + file;
            try (InputStream in = open(loader, resource)) {
                return CompiledRuleset.fromYaml(in, resource, catalogue);
            } catch (IOException e) {
                throw new RulesetLoadException("cannot read " + resource, e);
            }
        }).toList();
        return of(rulesets, index.champion(), index.challenger());
    }

    /** Loads and compiles every ruleset listed in {@code index.yaml} of a folder (operator-managed rulesets). */
    public static RulesetRegistry fromDirectory(Path folder, TagCatalogue catalogue) {
        Path indexFile = folder.resolve("index.yaml");
        try (InputStream in = Files.newInputStream(indexFile)) {
            Index index = readIndex(in, indexFile.toString());
            List<CompiledRuleset> rulesets = index.files().stream().map(file -> {
                Path path = folder.resolve(file);
                try (InputStream rin = Files.newInputStream(path)) {
                    return CompiledRuleset.fromYaml(rin, path.toString(), catalogue);
                } catch (IOException e) {
                    throw new RulesetLoadException("cannot read " + path, e);
                }
            }).toList();
            return of(rulesets, index.champion(), index.challenger());
        } catch (IOException e) {
            throw new RulesetLoadException("cannot read " + indexFile, e);
        }
    }

    public RulesetRef champion() {
        return champion;
    }

    /** The challenger, if one is configured. */
    public Optional<RulesetRef> challenger() {
        return Optional.ofNullable(challenger);
    }

    public Optional<CompiledRuleset> find(RulesetRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    /** The ruleset {@code ref}; an unknown one is an error naming it. */
    public CompiledRuleset get(RulesetRef ref) {
        CompiledRuleset r = byRef.get(ref);
        if (r == null) throw new NoSuchElementException("ruleset " + ref + " is not loaded");
        return r;
    }

    public Collection<CompiledRuleset> all() {
        return byRef.values();
    }

    record Index(List<String> files, RulesetRef champion, RulesetRef challenger) {
        Index {
            if (files == null || files.isEmpty()) throw new IllegalArgumentException("the ruleset index lists no files");
            files = List.copyOf(files);
        }
    }

    private static Index readIndex(InputStream in, String name) {
        try {
            Index index = YAML.readValue(in, Index.class);
            if (index == null || index.champion() == null) throw new RulesetLoadException(name + ": 'champion' is required");
            return index;
        } catch (IOException | IllegalArgumentException e) {
            throw new RulesetLoadException("cannot read ruleset index " + name + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(ClassLoader loader, String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) throw new RulesetLoadException(resource + " is not on the classpath");
        return in;
    }
}
