package com.guanxi.resolution.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.extraction.JudgmentExtraction;
import com.guanxi.extraction.JudgmentExtractor;
import com.guanxi.extraction.Lexicon;
import com.guanxi.extraction.PersonOrgRecognizer;
import com.guanxi.extraction.TextMention;
import com.guanxi.resolution.Batch;
import com.guanxi.resolution.BatchResolver;
import com.guanxi.resolution.BatchResult;
import com.guanxi.resolution.InMemoryJudgementStore;
import com.guanxi.resolution.JudgmentResult;
import com.guanxi.resolution.MentionResolution;
import com.guanxi.resolution.ResolutionModel;
import com.guanxi.resolution.ResolvedParty;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures extraction and resolution against the sample's answer key (samples/small/truth_mentions.jsonl and
 * truth.json) and against public data (CLUENER2020 dev, CJRC judgments):
 * <ul>
 *   <li>company-mention linking P/R/F1: predicted ids are mapped one-to-one onto truth ids by the size of their
 *       overlap (so both merging two companies and splitting one cost), plus pairwise (clustering) P/R/F1;
 *       broken down by noise type;</li>
 *   <li>person mentions: pairwise P/R/F1 of the clustering, and same-name false merges
 *       (truth.json entities.personNameCollisions);</li>
 *   <li>party extraction P/R: (role, entity) per judgment against truth.json judgments;</li>
 *   <li>organisation / person extraction P/R on CLUENER (company+organization+government = ORG, name = PERSON);</li>
 *   <li>the extractor over every CJRC context, counting failures.</li>
 * </ul>
 * Usage: {@code ResolutionEvaluation [shared-folder] [--corenlp]} (default folder: the first of ../shared,
 * ../../shared that exists); {@code --corenlp} adds the CoreNLP signal when its models are unpacked
 * (system property guanxi.corenlp.models).
 */
public final class ResolutionEvaluation {
    private final Path shared;
    private final Lexicon lexicon;
    private final ResolutionModel model;
    private final PersonOrgRecognizer recognizer;

    public ResolutionEvaluation(Path shared, Lexicon lexicon, ResolutionModel model, PersonOrgRecognizer recognizer) {
        this.shared = shared;
        this.lexicon = lexicon;
        this.model = model;
        this.recognizer = recognizer == null ? PersonOrgRecognizer.NONE : recognizer;
    }

    /**
     * Precision, recall and F1 with their counts: {@code matchedPredicted} of {@code predicted} are right,
     * {@code matchedActual} of {@code actual} were found (the two differ only for overlap matching).
     */
    public record Prf(long matchedPredicted, long predicted, long matchedActual, long actual) {
        public Prf(long truePositives, long predicted, long actual) {
            this(truePositives, predicted, truePositives, actual);
        }

        public long truePositives() {
            return matchedPredicted;
        }

        public double precision() {
            return predicted == 0 ? 1.0 : (double) matchedPredicted / predicted;
        }

        public double recall() {
            return actual == 0 ? 1.0 : (double) matchedActual / actual;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P %.4f  R %.4f  F1 %.4f  (tp %d, predicted %d, actual %d)", precision(), recall(), f1(),
                    matchedPredicted, predicted, actual);
        }
    }

    /** Everything measured on the sample. */
    public record SampleReport(Prf companyLinking, Prf companyPairwise, Map<String, Prf> companyByNoise, Prf personPairwise,
                               Prf personExtraction, int sameNameFalseMerges, List<String> falseMergeDetails,
                               Prf partyExtraction, List<String> companyErrors, List<String> partyErrors, int reviewItems) {
    }

    /** CLUENER and CJRC figures. */
    public record RealReport(Prf orgExact, Prf orgOverlap, Prf personExact, Prf personOverlap, int cjrcContexts,
                             int cjrcFailures, long cjrcMentions, double cjrcCharsPerSecond) {
    }

    public static void main(String[] args) {
        Path shared = args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0]) : defaultShared();
        PersonOrgRecognizer recognizer = PersonOrgRecognizer.NONE;
        if (List.of(args).contains("--corenlp")) {
            recognizer = com.guanxi.extraction.CoreNlpRecognizer.fromEnvironment()
                    .<PersonOrgRecognizer>map(r -> r).orElseThrow(() -> new IllegalStateException("CoreNLP models not found"));
        }
        ResolutionEvaluation e = new ResolutionEvaluation(shared, Lexicon.load(), ResolutionModel.load(), recognizer);
        SampleReport s = e.evaluateSample();
        print(s, System.out);
        SampleReport n = e.evaluateSampleWithNoise(20240630L, 0.3);
        System.out.println("== Sample with synthetic harder noise (30% of names: traditional, typo, typo without region)");
        print(n, System.out);
        RealReport r = e.evaluateRealData();
        print(r, System.out);
    }

    static Path defaultShared() {
        for (String c : new String[]{"../shared", "../../shared", "../../../shared", "/work/shared"}) {
            Path p = Path.of(c);
            if (Files.isDirectory(p.resolve("samples/small"))) return p;
        }
        throw new IllegalStateException("shared folder not found; pass it as the first argument");
    }

    // ------------------------------------------------------------------ sample

    public SampleReport evaluateSample() {
        Path small = shared.resolve("samples/small");
        JsonNode truth = readJson(small.resolve("truth.json"));
        Set<String> bad = new HashSet<>();
        for (JsonNode b : truth.get("badRows")) bad.add(b.get("file").asText() + ":" + b.get("line").asLong());
        Batch batch = SampleFiles.read(small, "sample", bad);
        BatchResolver resolver = BatchResolver.create(lexicon, model, new InMemoryJudgementStore(), recognizer, 1024);
        BatchResult result = resolver.resolve(batch);
        return evaluate(truth, readMentions(small.resolve("truth_mentions.jsonl")), result, Map.of());
    }

    /**
     * The sample made harder by {@link SyntheticNoise} (traditional characters, typos, typos without region) at
     * the given rate; the noise breakdown reports the injected kinds.
     */
    public SampleReport evaluateSampleWithNoise(long seed, double rate) {
        Path small = shared.resolve("samples/small");
        JsonNode truth = readJson(small.resolve("truth.json"));
        Set<String> bad = new HashSet<>();
        for (JsonNode b : truth.get("badRows")) bad.add(b.get("file").asText() + ":" + b.get("line").asLong());
        Batch clean = SampleFiles.read(small, "sample", bad);
        SyntheticNoise noise = new SyntheticNoise(lexicon, com.guanxi.extraction.ModelFiles.standard(), seed, rate);
        Batch batch = noise.inject(clean, SyntheticNoise.registryNames(clean));
        BatchResolver resolver = BatchResolver.create(lexicon, model, new InMemoryJudgementStore(), recognizer, 1024);
        return evaluate(truth, readMentions(small.resolve("truth_mentions.jsonl")), resolver.resolve(batch), noise.applied());
    }

    /** Scores a batch result (from any reader) against the truth files; {@code injected} adds noise labels by key. */
    public SampleReport evaluate(JsonNode truth, List<JsonNode> truthMentions, BatchResult result, Map<String, String> injected) {
        Map<String, JsonNode> truthCompanies = new LinkedHashMap<>(), truthPersons = new LinkedHashMap<>();
        for (JsonNode m : truthMentions) {
            String k = key(m.get("file").asText(), m.get("line").asLong(), m.get("field").asText(),
                    m.has("offset") ? m.get("offset").asInt() : -1);
            (m.get("entityType").asText().equals("Company") ? truthCompanies : truthPersons).put(k, m);
        }
        Map<String, String> predCompany = new HashMap<>(), predPerson = new HashMap<>();
        Set<String> predCompanyAll = new HashSet<>(), predPersonAll = new HashSet<>();
        for (MentionResolution r : result.companyMentions()) {
            String k = key(r);
            predCompanyAll.add(k);
            if (r.resolution().linked()) predCompany.put(k, r.resolution().entityId());
        }
        for (MentionResolution r : result.personMentions()) {
            String k = key(r);
            predPersonAll.add(k);
            if (r.resolution().linked()) predPerson.put(k, r.resolution().entityId());
        }
        Map<String, String> truthCompanyId = ids(truthCompanies), truthPersonId = ids(truthPersons);
        Map<String, String> companyMap = oneToOne(predCompany, truthCompanyId);
        Map<String, String> personMap = oneToOne(predPerson, truthPersonId);

        // company linking
        long tp = 0;
        List<String> errors = new ArrayList<>();
        Map<String, long[]> byNoise = new TreeMap<>();
        for (Map.Entry<String, String> p : predCompany.entrySet()) {
            String t = truthCompanyId.get(p.getKey());
            if (t != null && t.equals(companyMap.get(p.getValue()))) tp++;
        }
        for (Map.Entry<String, JsonNode> t : truthCompanies.entrySet()) {
            String pred = predCompany.get(t.getKey());
            boolean ok = pred != null && t.getValue().get("entityId").asText().equals(companyMap.get(pred));
            List<String> noises = new ArrayList<>();
            if (t.getValue().has("noise")) for (JsonNode n : t.getValue().get("noise")) noises.add(n.asText());
            if (noises.isEmpty()) noises.add("none");
            if (t.getValue().has("ambiguous")) noises.add("ambiguous");
            if (t.getValue().has("external")) noises.add("external");
            String inj = injected.get(t.getKey());
            if (inj != null) {
                noises.remove("none");
                noises.add("injected:" + inj);
            }
            for (String n : noises) {
                long[] c = byNoise.computeIfAbsent(n, k -> new long[3]);
                c[1]++;
                if (pred != null) c[2]++;
                if (ok) c[0]++;
            }
            if (!ok && errors.size() < 40) {
                errors.add(t.getKey() + " raw=" + t.getValue().get("raw").asText() + " truth=" + t.getValue().get("entityId").asText()
                        + " pred=" + pred + (predCompanyAll.contains(t.getKey()) ? "" : " (not extracted)"));
            }
        }
        for (String k : predCompany.keySet()) {
            if (!truthCompanyId.containsKey(k) && errors.size() < 60) errors.add("extra " + k);
        }
        Prf linking = new Prf(tp, predCompany.size(), truthCompanies.size());
        Map<String, Prf> noisePrf = new LinkedHashMap<>();
        byNoise.forEach((n, c) -> noisePrf.put(n, new Prf(c[0], c[2], c[1])));
        Prf companyPairwise = pairwise(predCompany, truthCompanyId);

        // persons
        Prf personPairwise = pairwise(predPerson, truthPersonId);
        long personFound = 0;
        for (String k : truthPersons.keySet()) if (predPersonAll.contains(k)) personFound++;
        Prf personExtraction = new Prf(personFound, predPersonAll.size(), truthPersons.size());
        int falseMerges = 0;
        List<String> mergeDetails = new ArrayList<>();
        JsonNode collisions = truth.get("entities").get("personNameCollisions");
        Map<String, Set<String>> truthIdsByPred = new HashMap<>();
        for (Map.Entry<String, String> p : predPerson.entrySet()) {
            String t = truthPersonId.get(p.getKey());
            if (t != null) truthIdsByPred.computeIfAbsent(p.getValue(), k -> new HashSet<>()).add(t);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = collisions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            Set<String> ids = new HashSet<>();
            for (JsonNode id : c.getValue()) ids.add(id.asText());
            for (Map.Entry<String, Set<String>> p : truthIdsByPred.entrySet()) {
                Set<String> inter = new HashSet<>(p.getValue());
                inter.retainAll(ids);
                if (inter.size() > 1) {
                    falseMerges++;
                    mergeDetails.add(c.getKey() + ": " + p.getKey() + " holds " + inter);
                }
            }
        }

        // parties
        Map<Long, JsonNode> truthJudgments = new HashMap<>();
        for (JsonNode j : truth.get("judgments")) truthJudgments.put(j.get("line").asLong(), j);
        long ptp = 0, ppred = 0, pact = 0;
        List<String> partyErrors = new ArrayList<>();
        Set<Long> seenLines = new HashSet<>();
        for (JudgmentResult j : result.judgments()) {
            JsonNode t = truthJudgments.get(j.source().line());
            if (t == null) continue;
            seenLines.add(j.source().line());
            List<String> truthParties = new ArrayList<>();
            for (JsonNode p : t.get("parties")) truthParties.add(mainRole(p.get("role").asText()) + "|" + p.get("entityId").asText());
            List<String> predParties = new ArrayList<>();
            for (ResolvedParty p : j.parties()) {
                String mapped = p.entityId() == null ? null
                        : (p.entityType() == com.guanxi.resolution.EntityType.COMPANY ? companyMap : personMap).get(p.entityId());
                predParties.add(p.role() + "|" + (mapped == null ? "?" + p.entityId() : mapped));
            }
            ppred += predParties.size();
            pact += truthParties.size();
            List<String> remaining = new ArrayList<>(truthParties);
            for (String p : predParties) {
                if (remaining.remove(p)) ptp++;
                else if (partyErrors.size() < 20) partyErrors.add("line " + j.source().line() + " predicted " + p + " truth " + truthParties);
            }
        }
        for (Map.Entry<Long, JsonNode> t : truthJudgments.entrySet()) {
            if (!seenLines.contains(t.getKey())) pact += t.getValue().get("parties").size();
        }
        return new SampleReport(linking, companyPairwise, noisePrf, personPairwise, personExtraction, falseMerges, mergeDetails,
                new Prf(ptp, ppred, pact), errors, partyErrors, result.reviewItems().size());
    }

    /** 上诉人（原审被告） and 上诉人 compare as 上诉人: the answer key may write the first-instance role too. */
    static String mainRole(String role) {
        int b = role.indexOf('（');
        if (b < 0) b = role.indexOf('(');
        return b > 0 ? role.substring(0, b) : role;
    }

    private static Map<String, String> ids(Map<String, JsonNode> mentions) {
        Map<String, String> out = new HashMap<>();
        mentions.forEach((k, m) -> out.put(k, m.get("entityId").asText()));
        return out;
    }

    /**
     * Maps predicted ids onto truth ids one-to-one, largest overlaps first: each truth id is claimed by at most one
     * predicted id, so a split or a merge leaves some mentions unmatched.
     */
    static Map<String, String> oneToOne(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Map<String, Integer>> overlap = new HashMap<>();
        predicted.forEach((k, p) -> {
            String t = truth.get(k);
            if (t != null) overlap.computeIfAbsent(p, x -> new HashMap<>()).merge(t, 1, Integer::sum);
        });
        List<Object[]> pairs = new ArrayList<>();
        overlap.forEach((p, m) -> m.forEach((t, n) -> pairs.add(new Object[]{p, t, n})));
        pairs.sort(Comparator.<Object[]>comparingInt(a -> -(Integer) a[2]).thenComparing(a -> (String) a[0]).thenComparing(a -> (String) a[1]));
        Map<String, String> map = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Object[] a : pairs) {
            String p = (String) a[0], t = (String) a[1];
            if (map.containsKey(p) || taken.contains(t)) continue;
            map.put(p, t);
            taken.add(t);
        }
        return map;
    }

    /** Pairwise clustering agreement over the truth mentions (a mention without prediction is its own cluster). */
    static Prf pairwise(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Long> t = new HashMap<>(), p = new HashMap<>(), both = new HashMap<>();
        int singleton = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String pred = predicted.get(e.getKey());
            if (pred == null) pred = "\u0000unlinked" + singleton++;
            t.merge(e.getValue(), 1L, Long::sum);
            p.merge(pred, 1L, Long::sum);
            both.merge(e.getValue() + "\u0001" + pred, 1L, Long::sum);
        }
        return new Prf(pairs(both), pairs(p), pairs(t));
    }

    private static long pairs(Map<String, Long> counts) {
        long s = 0;
        for (long c : counts.values()) s += c * (c - 1) / 2;
        return s;
    }

    private static String key(MentionResolution r) {
        return key(r.ref().file(), r.ref().line(), r.ref().field(), r.ref().offset());
    }

    private static String key(String file, long line, String field, int offset) {
        return file + ":" + line + ":" + field + ":" + offset;
    }

    // ------------------------------------------------------------------ real data

    public RealReport evaluateRealData() {
        JudgmentExtractor ex = new JudgmentExtractor(lexicon, recognizer);
        long[] org = new long[5], per = new long[5]; // tp exact, predicted, actual, tp overlap(pred side), tp overlap(gold side)
        Path cluener = shared.resolve("real/cluener2020-dev/dev_with_labels.json");
        ObjectMapper om = new ObjectMapper();
        if (Files.exists(cluener)) {
            try {
                for (String line : Files.readAllLines(cluener, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    JsonNode j = om.readTree(line);
                    String text = j.get("text").asText();
                    List<int[]> goldOrg = spans(j.get("label"), "company", "organization", "government");
                    List<int[]> goldPer = spans(j.get("label"), "name");
                    JudgmentExtraction r = ex.extract(text);
                    List<int[]> predOrg = new ArrayList<>(), predPer = new ArrayList<>();
                    for (TextMention m : r.mentions()) {
                        (m.type() == TextMention.EntityKind.ORGANISATION ? predOrg : predPer).add(new int[]{m.start(), m.end()});
                    }
                    count(org, predOrg, goldOrg);
                    count(per, predPer, goldPer);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int contexts = 0, failures = 0;
        long mentions = 0, chars = 0, nanos = 0;
        Path cjrc = shared.resolve("real/cjrc-judgments/cjrc_dev_ground_truth.json");
        if (Files.exists(cjrc)) {
            JsonNode data = readJson(cjrc).get("data");
            for (JsonNode d : data) {
                for (JsonNode p : d.get("paragraphs")) {
                    String text = p.get("context").asText();
                    contexts++;
                    long t0 = System.nanoTime();
                    try {
                        mentions += ex.extract(text).mentions().size();
                    } catch (RuntimeException e) {
                        failures++;
                    }
                    nanos += System.nanoTime() - t0;
                    chars += text.length();
                }
            }
        }
        return new RealReport(new Prf(org[0], org[1], org[2]), new Prf(org[3], org[1], org[4], org[2]),
                new Prf(per[0], per[1], per[2]), new Prf(per[3], per[1], per[4], per[2]), contexts, failures,
                mentions, nanos == 0 ? 0 : chars / (nanos / 1e9));
    }

    private static List<int[]> spans(JsonNode label, String... types) {
        List<int[]> out = new ArrayList<>();
        if (label == null) return out;
        for (String t : types) {
            JsonNode byMention = label.get(t);
            if (byMention == null) continue;
            for (Iterator<JsonNode> it = byMention.elements(); it.hasNext(); ) {
                for (JsonNode span : it.next()) out.add(new int[]{span.get(0).asInt(), span.get(1).asInt() + 1});
            }
        }
        return out;
    }

    private static void count(long[] c, List<int[]> pred, List<int[]> gold) {
        c[1] += pred.size();
        c[2] += gold.size();
        for (int[] p : pred) {
            boolean exact = false, overlap = false;
            for (int[] g : gold) {
                if (p[0] == g[0] && p[1] == g[1]) exact = true;
                if (p[0] < g[1] && g[0] < p[1]) overlap = true;
            }
            if (exact) c[0]++;
            if (overlap) c[3]++;
        }
        for (int[] g : gold) {
            for (int[] p : pred) {
                if (p[0] < g[1] && g[0] < p[1]) {
                    c[4]++;
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ output

    public static void print(SampleReport s, PrintStream out) {
        out.println("== Sample (samples/small)");
        out.println("company mention linking (one-to-one id mapping): " + s.companyLinking());
        out.println("company mention pairwise:                         " + s.companyPairwise());
        s.companyByNoise().forEach((n, p) -> out.printf("  noise %-20s %s%n", n, p));
        out.println("person mention pairwise:                          " + s.personPairwise());
        out.println("person mention extraction (all files):            " + s.personExtraction());
        out.println("same-name false merges:                           " + s.sameNameFalseMerges() + " " + s.falseMergeDetails());
        out.println("party extraction (role + entity):                 " + s.partyExtraction());
        out.println("review items:                                     " + s.reviewItems());
        s.companyErrors().stream().limit(25).forEach(e -> out.println("  company miss: " + e));
        s.partyErrors().stream().limit(10).forEach(e -> out.println("  party miss: " + e));
    }

    public static void print(RealReport r, PrintStream out) {
        out.println("== CLUENER2020 dev (ORG = company+organization+government, PERSON = name)");
        out.println("ORG exact span:      " + r.orgExact());
        out.println("ORG overlapping:     " + r.orgOverlap());
        out.println("PERSON exact span:   " + r.personExact());
        out.println("PERSON overlapping:  " + r.personOverlap());
        out.printf("== CJRC: %d contexts, %d failures, %d mentions, %.0f chars/s%n", r.cjrcContexts(), r.cjrcFailures(),
                r.cjrcMentions(), r.cjrcCharsPerSecond());
    }

    private static JsonNode readJson(Path p) {
        try {
            return new ObjectMapper().readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> readMentions(Path p) {
        ObjectMapper om = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) if (!line.isBlank()) out.add(om.readTree(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
