package com.guanxi.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.extraction.Lexicon;
import com.guanxi.extraction.ModelFiles;
import com.guanxi.resolution.Batch;
import com.guanxi.resolution.ResolutionModel;
import com.guanxi.resolution.eval.SampleFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The sample dataset read once per JVM: records (bad rows of truth.json skipped), truth, the model. */
public final class SampleData {
    private static Lexicon lexicon;
    private static ResolutionModel model;
    private static JsonNode truth;
    private static List<JsonNode> mentions;

    private SampleData() {
    }

    /** The model as checked in (entity-resolution/ at the project root). */
    public static synchronized ModelFiles modelFiles() {
        return ModelFiles.directory(Path.of("entity-resolution"));
    }

    public static synchronized Lexicon lexicon() {
        if (lexicon == null) lexicon = Lexicon.load(modelFiles());
        return lexicon;
    }

    public static synchronized ResolutionModel model() {
        if (model == null) model = ResolutionModel.load(modelFiles());
        return model;
    }

    public static synchronized JsonNode truth() {
        if (truth == null) {
            try {
                truth = new ObjectMapper().readTree(SharedData.samplesSmall().resolve("truth.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return truth;
    }

    public static synchronized List<JsonNode> truthMentions() {
        if (mentions == null) {
            ObjectMapper om = new ObjectMapper();
            List<JsonNode> out = new ArrayList<>();
            try {
                for (String l : Files.readAllLines(SharedData.samplesSmall().resolve("truth_mentions.jsonl"), StandardCharsets.UTF_8)) {
                    if (!l.isBlank()) out.add(om.readTree(l));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            mentions = out;
        }
        return mentions;
    }

    public static Set<String> badRows() {
        Set<String> bad = new HashSet<>();
        for (JsonNode b : truth().get("badRows")) bad.add(b.get("file").asText() + ":" + b.get("line").asLong());
        return bad;
    }

    public static Batch batch(String batchId) {
        return SampleFiles.read(SharedData.samplesSmall(), batchId, badRows());
    }
}
