package com.guanxi.tags;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of risk-tag codes (definitions.md, "Risk tags"): names in Chinese and English, default severity
 * and meaning of every code. It is data, read from {@code tags/catalogue.yaml} on the classpath, so names and
 * default severities change without code; codes are stable because rulesets refer to them.
 *
 * <p>Immutable and thread-safe.
 */
public final class TagCatalogue {
    /** Classpath location of the default catalogue. */
    public static final String DEFAULT_RESOURCE = "tags/catalogue.yaml";

    private final Map<String, TagDefinition> byCode;

    private TagCatalogue(List<TagDefinition> definitions) {
        Map<String, TagDefinition> map = new LinkedHashMap<>();
        for (TagDefinition d : definitions) {
            if (map.putIfAbsent(d.code(), d) != null) {
                throw new IllegalArgumentException("tag catalogue lists " + d.code() + " twice");
            }
        }
        if (map.isEmpty()) throw new IllegalArgumentException("tag catalogue is empty");
        this.byCode = Collections.unmodifiableMap(map);
    }

    /** Builds a catalogue from definitions already in memory (codes must be unique). */
    public static TagCatalogue of(List<TagDefinition> definitions) {
        return new TagCatalogue(List.copyOf(definitions));
    }

    /** Loads the default catalogue {@value #DEFAULT_RESOURCE} from the classpath. */
    public static TagCatalogue load() {
        try (InputStream in = TagCatalogue.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("tag catalogue " + DEFAULT_RESOURCE + " is not on the classpath");
            return fromYaml(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /**
     * Reads a catalogue document: {@code tags: [{code, nameZh, nameEn, defaultSeverity, description}, ...]}.
     * Unknown fields are errors, so a misspelt key does not silently drop a value.
     */
    public static TagCatalogue fromYaml(InputStream yaml, String sourceName) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            Document doc = mapper.readValue(yaml, Document.class);
            if (doc == null || doc.tags() == null) throw new IllegalArgumentException(sourceName + ": no 'tags' list");
            return new TagCatalogue(doc.tags());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read tag catalogue " + sourceName + ": " + e.getMessage(), e);
        }
    }

    /** Every definition, in catalogue order. */
    public List<TagDefinition> definitions() {
        return List.copyOf(byCode.values());
    }

    /** Every code, in catalogue order. */
    public Set<String> codes() {
        return byCode.keySet();
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Optional<TagDefinition> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The definition of {@code code}; an unknown code is an error naming it. */
    public TagDefinition get(String code) {
        TagDefinition d = byCode.get(code);
        if (d == null) throw new IllegalArgumentException("unknown tag code '" + code + "'");
        return d;
    }

    /** A new tag of a catalogue code with the catalogue's names and default severity. */
    public Tag tag(String code, String subjectId, Map<String, ?> evidence, LocalDate asOf, String version, String runId) {
        return tag(code, get(code).defaultSeverity(), subjectId, evidence, asOf, version, runId);
    }

    /** A new tag of a catalogue code with an explicit severity (e.g. escalated by a threshold). */
    public Tag tag(String code, Severity severity, String subjectId, Map<String, ?> evidence, LocalDate asOf,
                   String version, String runId) {
        TagDefinition d = get(code);
        return new Tag(d.code(), d.nameZh(), d.nameEn(), severity, subjectId, PlainData.freezeMap(evidence), asOf,
                version, runId);
    }

    record Document(Integer version, List<TagDefinition> tags) {
    }
}
