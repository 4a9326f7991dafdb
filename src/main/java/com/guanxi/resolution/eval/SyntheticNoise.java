package com.guanxi.resolution.eval;

import com.guanxi.extraction.CompanyNameParser;
import com.guanxi.extraction.Lexicon;
import com.guanxi.extraction.ModelFiles;
import com.guanxi.extraction.ParsedName;
import com.guanxi.ingest.CompanyRecord;
import com.guanxi.ingest.GuaranteeRecord;
import com.guanxi.ingest.JudgmentRecord;
import com.guanxi.ingest.PersonnelRecord;
import com.guanxi.ingest.ShareholderRecord;
import com.guanxi.resolution.Batch;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes the sample harder, to check that the rules are general: company names in shareholder, personnel and
 * guarantee rows and in judgment bodies get traditional characters, one-character typos in the trade name, and
 * typos with the region left out; judgment changes keep every offset (one character for one character).
 * Seeded, so a run is repeatable. The answer key is unchanged (same mentions, same entities).
 */
public final class SyntheticNoise {
    private final Map<Character, Character> simplifiedToTraditional = new HashMap<>();
    private final CompanyNameParser parser;
    private final Random random;
    private final double rate;
    private final char[] pool;
    /** mention key (file:line:field:offset) → the noise applied */
    private final Map<String, String> applied = new HashMap<>();

    public SyntheticNoise(Lexicon lexicon, ModelFiles files, long seed, double rate) {
        this.parser = new CompanyNameParser(lexicon);
        this.random = new Random(seed);
        this.rate = rate;
        try (Reader in = files.open("dictionaries/t2s.tsv");
             CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator('\t').quoteCharacter('\u0001')
                     .commentStrategy(CommentStrategy.SKIP).commentCharacter('#').ofCsvRecord(in)) {
            for (CsvRecord r : csv) {
                if (r.getFieldCount() < 2 || r.getField(0).length() != 1 || r.getField(1).length() != 1) continue;
                simplifiedToTraditional.putIfAbsent(r.getField(1).charAt(0), r.getField(0).charAt(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pool = "华中东南西北金银鑫源汇通达信诚安康泰丰盛隆兴旺发宏鸿博瑞祥德恒嘉佳美宇宙天地和合众联创新科远航海星光明"
                .toCharArray();
    }

    public Map<String, String> applied() {
        return applied;
    }

    public Batch inject(Batch b, Set<String> registryNames) {
        List<ShareholderRecord> sh = new ArrayList<>();
        for (ShareholderRecord r : b.shareholders()) {
            String key = r.source().file() + ":" + r.source().line() + ":";
            String cn = r.companyUscc() == null ? noisy(r.companyName(), key + "company_name:-1", registryNames) : r.companyName();
            String sn = r.shareholderUscc() == null ? noisy(r.shareholderName(), key + "shareholder_name:-1", registryNames) : r.shareholderName();
            sh.add(new ShareholderRecord(r.source(), r.companyUscc(), cn, sn, r.shareholderType(), r.shareholderUscc(), r.ratio(),
                    r.subscribedCapital(), r.since(), r.extra()));
        }
        List<PersonnelRecord> pe = new ArrayList<>();
        for (PersonnelRecord r : b.personnel()) {
            String key = r.source().file() + ":" + r.source().line() + ":";
            String cn = r.companyUscc() == null ? noisy(r.companyName(), key + "company_name:-1", registryNames) : r.companyName();
            pe.add(new PersonnelRecord(r.source(), r.companyUscc(), cn, r.personName(), r.position(), r.extra()));
        }
        List<GuaranteeRecord> gu = new ArrayList<>();
        for (GuaranteeRecord r : b.guarantees()) {
            String key = r.source().file() + ":" + r.source().line() + ":";
            String g = r.guarantorUscc() == null ? noisy(r.guarantorName(), key + "guarantor_name:-1", registryNames) : r.guarantorName();
            String bo = r.borrowerUscc() == null ? noisy(r.borrowerName(), key + "borrower_name:-1", registryNames) : r.borrowerName();
            gu.add(new GuaranteeRecord(r.source(), r.contractId(), g, r.guarantorUscc(), bo, r.borrowerUscc(), r.creditorName(),
                    r.amount(), r.guaranteeType(), r.startDate(), r.endDate(), r.status(), r.extra()));
        }
        List<JudgmentRecord> ju = new ArrayList<>();
        for (JudgmentRecord r : b.judgments()) ju.add(noisyJudgment(r, registryNames));
        List<CompanyRecord> co = new ArrayList<>(b.companies());
        return new Batch(b.batchId(), co, sh, pe, gu, ju);
    }

    /** Replaces registry names in the body (after the party lines) one character for one character. */
    private JudgmentRecord noisyJudgment(JudgmentRecord r, Set<String> registryNames) {
        if (r.text() == null) return r;
        char[] t = r.text().toCharArray();
        int bodyStart = r.text().indexOf("一案");
        if (bodyStart < 0) return r;
        for (String name : registryNames) {
            for (int i = r.text().indexOf(name, bodyStart); i >= 0; i = r.text().indexOf(name, i + 1)) {
                if (random.nextDouble() >= rate) continue;
                ParsedName p = parser.parse(name);
                String kind = random.nextBoolean() ? "traditional" : "typo";
                String changed = kind.equals("traditional") ? traditional(name) : typo(name, p);
                if (changed == null || changed.length() != name.length()) continue;
                for (int k = 0; k < name.length(); k++) t[i + k] = changed.charAt(k);
                applied.put(r.source().file() + ":" + r.source().line() + ":text:" + i, kind);
            }
        }
        return new JudgmentRecord(r.source(), r.caseNo(), r.caseNoNormalized(), r.court(), r.date(), r.cause(), r.docType(),
                new String(t), r.extra());
    }

    private String noisy(String name, String key, Set<String> registryNames) {
        if (name == null || random.nextDouble() >= rate) return name;
        String trimmed = name.strip();
        ParsedName p = parser.parse(trimmed);
        if (!p.isOrganisation() || p.trade().length() < 2) return name;
        String out;
        String kind;
        switch (random.nextInt(3)) {
            case 0 -> {
                out = traditional(trimmed);
                kind = "traditional";
            }
            case 1 -> {
                out = typo(trimmed, p);
                kind = "typo";
            }
            default -> {
                String noRegion = p.regionText().isEmpty() || !trimmed.startsWith(p.regionText()) ? trimmed
                        : trimmed.substring(p.regionText().length());
                out = typo(noRegion, parser.parse(noRegion));
                kind = "typo+region_omitted";
            }
        }
        if (out == null || registryNames.contains(out)) return name;
        applied.put(key, kind);
        return out;
    }

    private String traditional(String s) {
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        for (char c : s.toCharArray()) {
            Character t = simplifiedToTraditional.get(c);
            if (t != null && random.nextDouble() < 0.6) {
                sb.append(t);
                changed = true;
            } else {
                sb.append(c);
            }
        }
        return changed ? sb.toString() : null;
    }

    /** One character of the trade name replaced by another. */
    private String typo(String s, ParsedName p) {
        int at = s.indexOf(p.trade());
        if (at < 0 || p.trade().isEmpty()) return null;
        int pos = at + random.nextInt(p.trade().length());
        char c;
        do {
            c = pool[random.nextInt(pool.length)];
        } while (c == s.charAt(pos));
        return s.substring(0, pos) + c + s.substring(pos + 1);
    }

    /** Registry names (current) of a batch, the ones the noise is put on. */
    public static Set<String> registryNames(Batch b) {
        Set<String> out = new HashSet<>();
        for (CompanyRecord c : b.companies()) out.add(c.name());
        return out;
    }
}
