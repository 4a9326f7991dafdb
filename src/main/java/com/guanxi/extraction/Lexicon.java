package com.guanxi.extraction;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dictionaries of the entity-resolution model (entity-resolution/dictionaries): organisation forms,
 * administrative divisions with their codes, industry words, bank names and the traditional→simplified map.
 * Immutable once loaded; safe to share between threads.
 */
public final class Lexicon {
    private final TextNormalizer normalizer;
    private final List<OrgForm> formsLongestFirst;
    private final Map<String, OrgForm> formsByName;
    private final Map<String, Region> regionsByCode;
    private final Map<String, List<Region>> regionsByAlias;
    private final int longestRegionAlias;
    private final Set<String> industries;
    private final int longestIndustry;
    private final Map<String, String> bankCanonicalByAlias;
    private final List<String> bankAliasesLongestFirst;
    private final Set<String> surnames;

    private Lexicon(Map<Character, Character> t2s, List<OrgForm> forms, List<Region> regions, List<String> industries,
                    Map<String, String> bankAliases, List<String> surnames) {
        this.normalizer = new TextNormalizer(t2s);
        List<OrgForm> nf = new ArrayList<>();
        for (OrgForm f : forms) nf.add(new OrgForm(normalizer.normalizeName(f.form()), f.group(), f.kind(), f.branch()));
        nf.sort(Comparator.comparingInt((OrgForm f) -> f.form().length()).reversed());
        this.formsLongestFirst = List.copyOf(nf);
        Map<String, OrgForm> byName = new HashMap<>();
        for (OrgForm f : nf) byName.putIfAbsent(f.form(), f);
        this.formsByName = Map.copyOf(byName);
        Map<String, Region> byCode = new LinkedHashMap<>();
        Map<String, List<Region>> byAlias = new HashMap<>();
        int longest = 0;
        for (Region r : regions) {
            byCode.putIfAbsent(r.code(), r);
            List<String> aliases = new ArrayList<>(r.shortNames());
            aliases.add(r.name());
            for (String a : aliases) {
                String n = normalizer.normalizeName(a);
                byAlias.computeIfAbsent(n, k -> new ArrayList<>()).add(r);
                longest = Math.max(longest, n.length());
            }
        }
        byAlias.replaceAll((k, v) -> List.copyOf(v));
        this.regionsByCode = Collections.unmodifiableMap(byCode);
        this.regionsByAlias = Map.copyOf(byAlias);
        this.longestRegionAlias = longest;
        Set<String> ind = new HashSet<>();
        int li = 0;
        for (String s : industries) {
            String n = normalizer.normalizeName(s);
            ind.add(n);
            li = Math.max(li, n.length());
        }
        this.industries = Set.copyOf(ind);
        this.longestIndustry = li;
        Map<String, String> banks = new HashMap<>();
        bankAliases.forEach((a, c) -> banks.put(normalizer.normalizeName(a), normalizer.normalizeName(c)));
        this.bankCanonicalByAlias = Map.copyOf(banks);
        List<String> ba = new ArrayList<>(banks.keySet());
        ba.sort(Comparator.comparingInt(String::length).reversed());
        this.bankAliasesLongestFirst = List.copyOf(ba);
        this.surnames = Set.copyOf(surnames);
    }

    /** Loads the dictionaries from {@link ModelFiles#standard()}. */
    public static Lexicon load() {
        return load(ModelFiles.standard());
    }

    /** Loads dictionaries/{t2s,org_forms,regions,banks}.tsv and dictionaries/industries.txt. */
    public static Lexicon load(ModelFiles files) {
        Map<Character, Character> t2s = new HashMap<>();
        for (CsvRecord r : tsv(files, "dictionaries/t2s.tsv")) {
            String t = r.getField(0), s = r.getField(1);
            if (t.length() == 1 && s.length() == 1) t2s.put(t.charAt(0), s.charAt(0));
        }
        List<OrgForm> forms = new ArrayList<>();
        for (CsvRecord r : tsv(files, "dictionaries/org_forms.tsv")) {
            forms.add(new OrgForm(r.getField(0), r.getField(1), r.getField(2), "yes".equals(r.getField(3))));
        }
        List<Region> regions = new ArrayList<>();
        for (CsvRecord r : tsv(files, "dictionaries/regions.tsv")) {
            Region.Level level = Region.Level.valueOf(r.getField(2).toUpperCase());
            String shortNames = r.getFieldCount() > 4 ? r.getField(4) : "";
            regions.add(new Region(r.getField(0), r.getField(1), level, r.getField(3),
                    shortNames.isBlank() ? List.of() : Arrays.asList(shortNames.split(";"))));
        }
        Map<String, String> banks = new HashMap<>();
        for (CsvRecord r : tsv(files, "dictionaries/banks.tsv")) {
            String canonical = r.getField(0);
            banks.put(canonical, canonical);
            for (String a : r.getField(1).split(";")) if (!a.isBlank()) banks.put(a.trim(), canonical);
        }
        return new Lexicon(t2s, forms, regions, lines(files, "dictionaries/industries.txt"), banks,
                lines(files, "dictionaries/surnames.txt"));
    }

    /** Non-blank lines of a one-term-a-line dictionary, without # comments. */
    private static List<String> lines(ModelFiles files, String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(files.open(name))) {
            for (String line; (line = in.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }

    /** Rows after the header of a tab-separated dictionary; lines starting with # are comments. */
    private static List<CsvRecord> tsv(ModelFiles files, String name) {
        try (Reader in = files.open(name);
             CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator('\t').quoteCharacter('\u0001')
                     .commentStrategy(CommentStrategy.SKIP).commentCharacter('#').skipEmptyLines(true)
                     .ignoreDifferentFieldCount(true).ofCsvRecord(in)) {
            List<CsvRecord> rows = new ArrayList<>();
            boolean header = true;
            for (CsvRecord r : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(r);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    public TextNormalizer normalizer() {
        return normalizer;
    }

    /** Organisation forms, longest first (so 股份有限公司 is tried before 有限公司 and 公司). */
    public List<OrgForm> formsLongestFirst() {
        return formsLongestFirst;
    }

    public OrgForm form(String normalizedForm) {
        return formsByName.get(normalizedForm);
    }

    public Region region(String code) {
        return regionsByCode.get(code);
    }

    /** Regions named {@code normalizedAlias} (full name or short name); several when the short name is shared. */
    public List<Region> regionsNamed(String normalizedAlias) {
        return regionsByAlias.getOrDefault(normalizedAlias, List.of());
    }

    public int longestRegionAlias() {
        return longestRegionAlias;
    }

    /** The province, city or district a 6-digit division code (USCC characters 3–8) names, most precise first. */
    public Region regionOfDivisionCode(String code) {
        if (code == null || code.length() != 6) return null;
        Region r = regionsByCode.get(code);
        if (r == null) r = regionsByCode.get(code.substring(0, 4) + "00");
        if (r == null) r = regionsByCode.get(code.substring(0, 2) + "0000");
        return r;
    }

    public boolean isIndustry(String normalized) {
        return industries.contains(normalized);
    }

    public int longestIndustry() {
        return longestIndustry;
    }

    /** The canonical bank name for a bank alias (工行 → 中国工商银行股份有限公司), or null. */
    public String bankCanonical(String normalizedAlias) {
        return bankCanonicalByAlias.get(normalizedAlias);
    }

    /** True when the name starts with a common surname (single or compound). */
    public boolean startsWithSurname(String name) {
        if (name.length() >= 2 && surnames.contains(name.substring(0, 2))) return true;
        return !name.isEmpty() && surnames.contains(name.substring(0, 1));
    }

    public List<String> bankAliasesLongestFirst() {
        return bankAliasesLongestFirst;
    }
}
