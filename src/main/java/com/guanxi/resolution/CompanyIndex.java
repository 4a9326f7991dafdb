package com.guanxi.resolution;

import com.guanxi.extraction.CompanyNameParser;
import com.guanxi.extraction.NameGazetteer;
import com.guanxi.extraction.ParsedName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every company the resolver can link to (registry and outside organisations), indexed by the blocking keys of
 * model.yaml: USCC, registration number, normalised name (current and former), region-less core, trade+industry
 * with one character deleted (one typo), two-character pieces of region+trade, and trade name.
 * Built from {@link CompanyEntity} records, so the service rebuilds it from the graph and adds to it batch by batch.
 * <p>
 * Adding an entity costs O(k) for k keys (about 15 for a typical name); {@link #candidates} costs
 * O(keys + postings), postings capped per rule ({@code max_postings}). Synchronised: one writer, many readers.
 */
public final class CompanyIndex implements NameGazetteer {
    private static final int DEFAULT_CAP = 1000;

    private final CompanyNameParser parser;
    private final ResolutionModel.EntityModel model;
    private final List<CompanyEntity> entities = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, String> supersededBy = new HashMap<>();
    private final java.util.BitSet superseded = new java.util.BitSet();
    private final LongMultimap postings;
    /** parsed names of recently compared entities (key: entity index · 64 + name number) */
    private final Map<Long, ParsedName> parsedCache = new java.util.LinkedHashMap<>(1 << 16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ParsedName> eldest) {
            return size() > 200_000;
        }
    };

    public CompanyIndex(CompanyNameParser parser, ResolutionModel.EntityModel companyModel, int expectedEntities) {
        this.parser = parser;
        this.model = companyModel;
        this.postings = new LongMultimap(Math.max(1024, expectedEntities * 16));
    }

    public CompanyNameParser parser() {
        return parser;
    }

    public synchronized int size() {
        return entities.size();
    }

    /** Adds or updates an entity (an update keeps the old name keys: they still find it, comparisons decide). */
    public synchronized void add(CompanyEntity e) {
        Integer idx = byId.get(e.id());
        if (idx == null) {
            idx = entities.size();
            entities.add(e);
            byId.put(e.id(), idx);
        } else {
            entities.set(idx, e);
        }
        if (e.uscc() != null) postings.put(LongMultimap.hash("u", e.uscc()), idx);
        if (e.regNo() != null) postings.put(LongMultimap.hash("r", e.regNo()), idx);
        addNameKeys(e.name(), idx);
        for (String f : e.formerNames()) addNameKeys(f, idx);
    }

    private void addNameKeys(String name, int idx) {
        if (name == null || name.isBlank()) return;
        ParsedName p = parser.parse(name);
        postings.put(LongMultimap.hash("n", p.normalized()), idx);
        if (!p.trade().isEmpty()) {
            postings.put(LongMultimap.hash("c", p.core()), idx);
            postings.put(LongMultimap.hash("t", p.trade()), idx);
            for (String d : deletions(p.tradeIndustry())) postings.put(LongMultimap.hash("d", d), idx);
            for (String b : bigrams(p.regionText() + p.trade())) postings.put(LongMultimap.hash("b", b), idx);
        }
    }

    /** The parse of an entity's name: 0 the current name, 1.. its former names (cached, names are immutable). */
    synchronized ParsedName parsed(String entityId, int nameNo) {
        Integer i = byId.get(entityId);
        CompanyEntity e = entities.get(i);
        long key = (long) i * 64 + nameNo;
        ParsedName p = parsedCache.get(key);
        if (p == null || !p.raw().equals(nameNo == 0 ? e.name() : e.formerNames().get(nameNo - 1))) {
            p = parser.parse(nameNo == 0 ? e.name() : e.formerNames().get(nameNo - 1));
            parsedCache.put(key, p);
        }
        return p;
    }

    public synchronized CompanyEntity byId(String id) {
        String to = supersededBy.get(id);
        if (to != null) return byId(to);
        Integer i = byId.get(id);
        return i == null ? null : entities.get(i);
    }

    /**
     * Records that {@code fromId} (an outside organisation) is the registry company {@code toId}: it is no longer a
     * candidate, and looking it up gives the registry company.
     */
    public synchronized void supersede(String fromId, String toId) {
        Integer i = byId.get(fromId);
        if (i != null) superseded.set(i);
        supersededBy.put(fromId, toId);
    }

    /** Every entity held, in the order added (for storing the index or rebuilding it elsewhere). */
    public synchronized List<CompanyEntity> entities() {
        return List.copyOf(entities);
    }

    /** Outside organisations found to be registry companies: from id → registry id. */
    public synchronized Map<String, String> supersessions() {
        return Map.copyOf(supersededBy);
    }

    /** Organisations outside the registry that are still entities of their own. */
    public synchronized List<CompanyEntity> externals() {
        List<CompanyEntity> out = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) if (!superseded.get(i) && !entities.get(i).registry()) out.add(entities.get(i));
        return out;
    }

    synchronized CompanyEntity get(int idx) {
        return entities.get(idx);
    }

    public synchronized CompanyEntity byUscc(String uscc) {
        return exact("u", uscc, e -> uscc.equals(e.uscc()));
    }

    public synchronized CompanyEntity byRegNo(String regNo) {
        return exact("r", regNo, e -> regNo.equals(e.regNo()));
    }

    private CompanyEntity exact(String type, String value, java.util.function.Predicate<CompanyEntity> check) {
        if (value == null) return null;
        CompanyEntity[] found = new CompanyEntity[1];
        postings.forEach(LongMultimap.hash(type, value), Integer.MAX_VALUE, i -> {
            CompanyEntity e = entities.get(i);
            if (found[0] == null && check.test(e)) found[0] = e;
        });
        return found[0];
    }

    /**
     * Candidate entity indices for a parsed mention, each with the blocking rules that found it. Blocking is staged:
     * {@code exactStage} gives the candidates sharing the normalised name, the region-less core or (for a name
     * without industry) the trade name; the fuzzy stage gives those within one typo of trade+industry or sharing
     * two pieces of region+trade (one when the name has one).
     */
    synchronized Map<Integer, List<String>> candidates(ParsedName p, boolean exactStage) {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        if (exactStage) collectExact(out, p);
        else collectFuzzy(out, p);
        out.keySet().removeIf(superseded::get);
        return out;
    }

    /** Both stages together. */
    synchronized Map<Integer, List<String>> candidates(ParsedName p) {
        Map<Integer, List<String>> out = candidates(p, true);
        candidates(p, false).forEach((i, rules) -> out.merge(i, rules, (a, b) -> {
            List<String> all = new ArrayList<>(a);
            for (String r : b) if (!all.contains(r)) all.add(r);
            return all;
        }));
        return out;
    }

    private void collectExact(Map<Integer, List<String>> out, ParsedName p) {
        lookup(out, "name", "n", p.normalized(), rule("normalized_name"));
        if (p.trade().isEmpty()) return;
        lookup(out, "core", "c", p.core(), rule("core"));
        ResolutionModel.BlockingRule tr = model.blockingRule("trade");
        if (tr != null && p.industry().isEmpty()) lookup(out, tr.name(), "t", p.trade(), tr.maxPostingsOr(DEFAULT_CAP));
    }

    private void collectFuzzy(Map<Integer, List<String>> out, ParsedName p) {
        if (p.trade().isEmpty()) return;
        ResolutionModel.BlockingRule del = model.blockingRule("trade_industry_deletions");
        if (del != null) {
            for (String d : deletions(p.tradeIndustry())) lookup(out, del.name(), "d", d, del.maxPostingsOr(DEFAULT_CAP));
        }
        ResolutionModel.BlockingRule bg = model.blockingRule("trade_bigrams");
        if (bg != null) {
            List<String> pieces = bigrams(p.regionText() + p.trade());
            Map<Integer, Integer> hits = new HashMap<>();
            for (String b : pieces) {
                postings.forEach(LongMultimap.hash("b", b), bg.maxPostingsOr(DEFAULT_CAP), i -> hits.merge(i, 1, Integer::sum));
            }
            int need = Math.min(2, pieces.size());
            hits.forEach((i, n) -> {
                if (n >= need) {
                    List<String> rules = out.computeIfAbsent(i, k -> new ArrayList<>(2));
                    if (!rules.contains(bg.name())) rules.add(bg.name());
                }
            });
        }
    }

    private int rule(String key) {
        ResolutionModel.BlockingRule r = model.blockingRule(key);
        return r == null ? Integer.MAX_VALUE : r.maxPostingsOr(Integer.MAX_VALUE);
    }

    private void lookup(Map<Integer, List<String>> out, String ruleName, String type, String value, int cap) {
        if (cap <= 0) return;
        postings.forEach(LongMultimap.hash(type, value), cap, i -> {
            List<String> rules = out.computeIfAbsent(i, k -> new ArrayList<>(2));
            if (!rules.contains(ruleName)) rules.add(ruleName);
        });
    }

    /**
     * Gazetteer for the extractor: a registry or known outside name, current or former, with or without its region.
     */
    @Override
    public synchronized boolean knows(String normalizedName) {
        if (normalizedName.length() < 4) return false;
        boolean[] yes = new boolean[1];
        postings.forEach(LongMultimap.hash("n", normalizedName), 50, i -> {
            if (!yes[0]) {
                CompanyEntity e = entities.get(i);
                if (parser.parse(e.name()).normalized().equals(normalizedName)) yes[0] = true;
                for (String f : e.formerNames()) if (parser.parse(f).normalized().equals(normalizedName)) yes[0] = true;
            }
        });
        if (yes[0]) return true;
        ParsedName p = parser.parse(normalizedName);
        if (p.hasRegion() || p.trade().isEmpty() || !p.isOrganisation()) return false;
        postings.forEach(LongMultimap.hash("c", p.core()), 50, i -> {
            if (!yes[0] && parser.parse(entities.get(i).name()).core().equals(p.core())) yes[0] = true;
        });
        return yes[0];
    }

    /** The string and every string with one character deleted (for strings of 3 or more characters). */
    static List<String> deletions(String s) {
        List<String> out = new ArrayList<>(s.length() + 1);
        out.add(s);
        if (s.length() < 3) return out;
        for (int i = 0; i < s.length(); i++) {
            String d = s.substring(0, i) + s.substring(i + 1);
            if (!out.contains(d)) out.add(d);
        }
        return out;
    }

    static List<String> bigrams(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            String b = s.substring(i, i + 2);
            if (!out.contains(b)) out.add(b);
        }
        return out;
    }
}
