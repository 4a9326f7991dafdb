package com.guanxi.tags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.testsupport.SharedData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lines up the entities an import created with truth_mentions.jsonl, mention by mention. Registry companies have
 * the same id on both sides (the USCC); persons and external companies are numbered differently (P-&lt;digest&gt; vs
 * P0000144), so they are matched through the mentions they share. A mention is an error when it links a registry
 * company other than truth's, or when the matching is not one-to-one (two true entities merged, or one split).
 */
final class ResolutionAlignment {
    private final Map<String, String> toTruth = new HashMap<>();
    private final Set<String> sampleEntities = new HashSet<>();
    private final Map<String, List<String>> errorsByFile = new HashMap<>();

    private ResolutionAlignment() {
    }

    /** Aligns a batch's resolutions journal with truth on the given files (creditors are not analysed: skipped). */
    static ResolutionAlignment of(Path resolutions, Set<String> files) {
        ResolutionAlignment a = new ResolutionAlignment();
        ObjectMapper json = new ObjectMapper();
        try {
            Map<String, String> truth = new HashMap<>();
            for (String line : Files.readAllLines(SharedData.samplesSmall().resolve("truth_mentions.jsonl"))) {
                JsonNode m = json.readTree(line);
                if (files.contains(m.get("file").asText())) truth.put(key(m), m.get("entityId").asText());
            }
            List<String[]> pairs = new ArrayList<>();
            for (String line : Files.readAllLines(resolutions)) {
                JsonNode r = json.readTree(line);
                String key = key(r);
                String expected = truth.get(key);
                String ours = r.path("entityId").asText(null);
                if (ours != null) a.sampleEntities.add(ours);
                if (expected == null || ours == null || key.endsWith("creditor_name")) continue;
                pairs.add(new String[]{r.get("file").asText(), key + " " + r.path("raw").asText(), ours, expected});
            }
            for (var c : com.guanxi.testsupport.SampleData.batch("sample").companies()) {
                a.sampleEntities.add(c.uscc() != null ? c.uscc() : "REGNO-" + c.regNo());
            }
            Map<String, Set<String>> oursToTruth = new HashMap<>();
            Map<String, Set<String>> truthToOurs = new HashMap<>();
            for (String[] p : pairs) {
                oursToTruth.computeIfAbsent(p[2], k -> new HashSet<>()).add(p[3]);
                truthToOurs.computeIfAbsent(p[3], k -> new HashSet<>()).add(p[2]);
            }
            for (String[] p : pairs) {
                boolean renumbered = renumbered(p[2]) && renumbered(p[3]);
                boolean ok = renumbered ? oursToTruth.get(p[2]).size() == 1 && truthToOurs.get(p[3]).size() == 1
                        : p[2].equals(p[3]);
                if (ok) {
                    a.toTruth.put(p[2], p[3]);
                } else {
                    a.errorsByFile.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1] + " -> " + p[2] + ", truth " + p[3]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return a;
    }

    /** The errors in the mentions of the given files. */
    List<String> errorsIn(Set<String> files) {
        List<String> out = new ArrayList<>();
        files.forEach(f -> out.addAll(errorsByFile.getOrDefault(f, List.of())));
        return out;
    }

    /**
     * Whether the sample import made or named this entity: other tests add their own companies and persons to the
     * shared graph, and their tags are no part of the sample's answer key.
     */
    boolean ofSample(String id) {
        return sampleEntities.contains(id);
    }

    /** The ids translated to truth's numbering (ids not seen in any mention stay as they are). */
    Set<String> inTruthIds(Set<String> ids) {
        Set<String> out = new TreeSet<>();
        for (String id : ids) out.add(toTruth.getOrDefault(id, id));
        return out;
    }

    private static boolean renumbered(String id) {
        return id.startsWith("P") || id.startsWith("EXT-");
    }

    private static String key(JsonNode m) {
        return m.get("file").asText() + ":" + m.get("line").asInt() + " " + m.get("field").asText();
    }
}
