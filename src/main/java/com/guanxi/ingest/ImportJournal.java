package com.guanxi.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.guanxi.resolution.Link;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a batch leaves behind besides the graph: its rejects and its name resolutions, as JSON Lines files in the
 * batch folder. Streams to disk, so a batch with millions of rejects needs no memory for them.
 */
final class ImportJournal implements AutoCloseable {

    static final String REJECTS = "rejects.jsonl";
    static final String RESOLUTIONS = "resolutions.jsonl";
    static final String REVIEW = "review.jsonl";
    /** The field names of a resolution line (the API contract's), encoded once. */
    private static final SerializableString FILE = new SerializedString("file"), LINE = new SerializedString("line"),
            FIELD = new SerializedString("field"), RAW = new SerializedString("raw"),
            ENTITY_TYPE = new SerializedString("entityType"), ENTITY_ID = new SerializedString("entityId"),
            USCC = new SerializedString("uscc"), CONFIDENCE = new SerializedString("confidence"),
            METHOD = new SerializedString("method");

    private final ObjectMapper json;
    private final BufferedWriter rejects;
    /**
     * One line per mention of a streaming import (millions): UTF-8 written by the generator itself, straight to a
     * buffered file, each line ended by the generator too (no flush, no second encoding pass per line).
     */
    private final JsonGenerator resolutions;
    private final AtomicLong rejectCount = new AtomicLong();
    /**
     * The values a few fields take over and over (file names, field names, entity types, methods), each encoded once:
     * a handful per batch, against millions of lines.
     */
    private final Map<String, SerializableString> encoded = new HashMap<>();

    ImportJournal(Path folder, ObjectMapper json) {
        this.json = json.copy().disable(SerializationFeature.INDENT_OUTPUT);
        try {
            Files.createDirectories(folder);
            this.rejects = Files.newBufferedWriter(folder.resolve(REJECTS), StandardCharsets.UTF_8);
            this.resolutions = this.json.getFactory()
                    .createGenerator(new BufferedOutputStream(Files.newOutputStream(folder.resolve(RESOLUTIONS)), 1 << 16))
                    .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)
                    // No pretty printer (its path is slower for every field) and nothing between root values: each
                    // line is ended by a raw line break.
                    .setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the journal of batch folder " + folder, e);
        }
    }

    void reject(Reject reject) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", reject.file());
        line.put("line", reject.line());
        line.put("column", reject.column());
        line.put("value", reject.value());
        line.put("reason", reject.reason());
        line.put("detail", reject.detail());
        write(rejects, line);
        rejectCount.incrementAndGet();
    }

    void resolution(SourceRef source, String field, String raw, Link link) {
        // Written field by field, as the map would be; the names are encoded once.
        synchronized (this) {
            try {
                JsonGenerator out = resolutions;
                out.writeStartObject();
                repeated(out, FILE, source.file());
                out.writeFieldName(LINE);
                out.writeNumber(source.line());
                repeated(out, FIELD, field);
                string(out, RAW, raw);
                repeated(out, ENTITY_TYPE, link.entityType());
                string(out, ENTITY_ID, link.entityId());
                string(out, USCC, link.uscc());
                out.writeFieldName(CONFIDENCE);
                out.writeNumber(link.confidence());
                repeated(out, METHOD, link.method());
                out.writeEndObject();
                out.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A value of one of the few that recur, written from its encoding kept since its first line. */
    private void repeated(JsonGenerator out, SerializableString name, String value) throws IOException {
        out.writeFieldName(name);
        if (value == null) out.writeNull();
        else out.writeString(encoded.computeIfAbsent(value, SerializedString::new));
    }

    private static void string(JsonGenerator out, SerializableString name, String value) throws IOException {
        out.writeFieldName(name);
        if (value == null) out.writeNull();
        else out.writeString(value);
    }

    /** A resolver's answer for one mention, with its candidates and the step-by-step weights behind it. */
    void resolution(com.guanxi.resolution.MentionResolution m) {
        var r = m.resolution();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", m.ref().file());
        line.put("line", m.ref().line());
        line.put("field", m.ref().field());
        if (m.ref().offset() >= 0) line.put("offset", m.ref().offset());
        line.put("raw", m.raw());
        if (m.role() != null) line.put("role", m.role());
        line.put("entityType", r.entityType() == com.guanxi.resolution.EntityType.PERSON ? "Person" : "Company");
        line.put("entityId", r.entityId());
        line.put("uscc", r.uscc());
        line.put("confidence", r.confidence());
        line.put("method", r.method().name().toLowerCase(java.util.Locale.ROOT));
        line.put("explanation", r.explanation());
        if (r.candidates() != null && !r.candidates().isEmpty()) line.put("candidates", r.candidates());
        synchronized (this) {
            try {
                json.writeValue(resolutions, line);
                resolutions.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The batch's open review items (matches between the thresholds), for a person to judge. */
    void reviewItems(java.util.List<com.guanxi.resolution.ReviewItem> items, Path folder) {
        try (var out = Files.newBufferedWriter(folder.resolve(REVIEW), StandardCharsets.UTF_8)) {
            for (var item : items) {
                out.write(json.writeValueAsString(item));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rejects() {
        return rejectCount.get();
    }

    private synchronized void write(BufferedWriter out, Map<String, Object> line) {
        try {
            out.write(json.writeValueAsString(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            rejects.close();
            resolutions.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
