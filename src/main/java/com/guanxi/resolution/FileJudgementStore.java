package com.guanxi.resolution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * Reviewer judgements kept as an append-only JSON Lines file (who, when, verdict, note), replayed into memory at
 * start-up, so every later import reuses them and a rejected pair is never merged again automatically.
 */
public final class FileJudgementStore implements JudgementStore {

    private final Path file;
    private final InMemoryJudgementStore memory = new InMemoryJudgementStore();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public FileJudgementStore(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) memory.record(json.readValue(line, Judgement.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the review judgements in " + file, e);
        }
    }

    @Override
    public synchronized void record(Judgement judgement) {
        try {
            Files.writeString(file, json.writeValueAsString(judgement) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        memory.record(judgement);
    }

    @Override
    public Optional<Judgement> latest(String subjectKey, String candidateKey) {
        return memory.latest(subjectKey, candidateKey);
    }

    @Override
    public List<Judgement> involving(String key) {
        return memory.involving(key);
    }
}
