package com.guanxi.resolution;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.guanxi.extraction.ModelFiles;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The matching model, read from entity-resolution/model.yaml: for companies and for persons, the prior,
 * thresholds, blocking keys and comparisons with their levels. Code implements the comparison kinds
 * ({@link CompanyComparisons}, {@link PersonComparisons}); this record says which run and what each outcome weighs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResolutionModel(int version, EntityModel company, EntityModel person) {

    public ResolutionModel {
        if (company == null || person == null) throw new IllegalArgumentException("model needs company and person sections");
    }

    /** The model of one entity type. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EntityModel(double priorLog2Odds, Thresholds thresholds, List<BlockingRule> blocking,
                              List<Comparison> comparisons, Map<String, Object> limits) {
        public EntityModel {
            if (thresholds == null) throw new IllegalArgumentException("thresholds are required");
            blocking = blocking == null ? List.of() : List.copyOf(blocking);
            comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
            limits = limits == null ? Map.of() : Map.copyOf(limits);
        }

        public Comparison comparison(String name) {
            for (Comparison c : comparisons) if (c.name().equals(name)) return c;
            return null;
        }

        public BlockingRule blockingRule(String key) {
            for (BlockingRule b : blocking) if (b.key().equals(key)) return b;
            return null;
        }

        public int limit(String name, int fallback) {
            Object v = limits.get(name);
            return v instanceof Number n ? n.intValue() : fallback;
        }

        public boolean flag(String name, boolean fallback) {
            Object v = limits.get(name);
            return v instanceof Boolean b ? b : fallback;
        }
    }

    /**
     * {@code match}: score at or above links; {@code review}: at or above goes to review; {@code ambiguityMargin}:
     * bits by which the best candidate must beat the runner-up; {@code uniqueLink} (persons): a weaker pair still
     * links when it is the only one between a person and the other persons of the name (null: match).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Thresholds(double match, double review, double ambiguityMargin, Double uniqueLink) {
        public Thresholds {
            if (review > match) throw new IllegalArgumentException("review threshold above match threshold");
            if (uniqueLink == null) uniqueLink = match;
        }
    }

    /** A blocking key: candidates are the entities sharing this key with the mention. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BlockingRule(String name, String key, Integer maxPostings, String description) {
        public BlockingRule {
            if (name == null || key == null) throw new IllegalArgumentException("blocking rule needs name and key");
        }

        public int maxPostingsOr(int fallback) {
            return maxPostings == null ? fallback : maxPostings;
        }
    }

    /** One comparison: a kind implemented in code, with the levels its outcomes map to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comparison(String name, String kind, String field, String description, List<Level> levels) {
        public Comparison {
            if (name == null || kind == null || levels == null || levels.isEmpty()) {
                throw new IllegalArgumentException("comparison needs name, kind and levels: " + name);
            }
            levels = List.copyOf(levels);
        }

        /** The level for an outcome the comparison kind reported. */
        public Level level(String outcome) {
            for (Level l : levels) if (l.when().equals(outcome)) return l;
            throw new IllegalStateException("comparison " + name + " has no level for outcome " + outcome);
        }
    }

    /** A comparison level: weight = explicit weight, else log2(m/u). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Level(String when, String label, Double m, Double u, Double weight) {
        public Level {
            if (when == null || label == null) throw new IllegalArgumentException("level needs when and label");
            if (weight == null && (m == null || u == null || m <= 0 || u <= 0)) {
                throw new IllegalArgumentException("level '" + label + "' needs a weight or positive m and u");
            }
        }

        public double bayesFactorLog2() {
            return weight != null ? weight : Math.log(m / u) / Math.log(2);
        }
    }

    public static ResolutionModel load() {
        return load(ModelFiles.standard());
    }

    public static ResolutionModel load(ModelFiles files) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (Reader in = files.open("model.yaml")) {
            ResolutionModel model = yaml.readValue(in, ResolutionModel.class);
            CompanyComparisons.validate(model.company());
            PersonComparisons.validate(model.person());
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model.yaml from " + files, e);
        }
    }
}
