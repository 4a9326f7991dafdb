package com.guanxi.resolution.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.ingest.CompanyRecord;
import com.guanxi.ingest.GuaranteeRecord;
import com.guanxi.ingest.JudgmentRecord;
import com.guanxi.ingest.Money;
import com.guanxi.ingest.PersonnelRecord;
import com.guanxi.ingest.ShareholderRecord;
import com.guanxi.ingest.SourceRef;
import com.guanxi.resolution.Batch;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small reader of a canonical-format folder (import-format.md) into a {@link Batch}, for evaluation only:
 * it does not validate; rows the caller names as bad (truth.json badRows) are skipped. The service's ingest
 * readers replace it (the evaluation takes any {@link Batch}).
 */
public final class SampleFiles {
    private static final Pattern AMOUNT = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(亿|万)?");

    private SampleFiles() {
    }

    /** Reads the five files of {@code folder}, skipping "file:line" entries of {@code badRows}. */
    public static Batch read(Path folder, String batchId, Set<String> badRows) {
        List<CompanyRecord> companies = new ArrayList<>();
        csv(folder, "companies.csv", badRows, (line, r) -> companies.add(new CompanyRecord(src(batchId, "companies.csv", line),
                v(r, "uscc"), v(r, "reg_no"), v(r, "name"), list(v(r, "former_names")), v(r, "legal_rep"),
                money(v(r, "registered_capital")), date(v(r, "established")), v(r, "status"), v(r, "company_type"),
                v(r, "address"), v(r, "phone"), v(r, "email"), v(r, "industry"), Map.of())));
        List<ShareholderRecord> shareholders = new ArrayList<>();
        csv(folder, "shareholders.csv", badRows, (line, r) -> shareholders.add(new ShareholderRecord(
                src(batchId, "shareholders.csv", line), v(r, "company_uscc"), v(r, "company_name"), v(r, "shareholder_name"),
                v(r, "shareholder_type"), v(r, "shareholder_uscc"), ratio(v(r, "ratio")), money(v(r, "subscribed_capital")),
                date(v(r, "since")), Map.of())));
        List<PersonnelRecord> personnel = new ArrayList<>();
        csv(folder, "personnel.csv", badRows, (line, r) -> personnel.add(new PersonnelRecord(src(batchId, "personnel.csv", line),
                v(r, "company_uscc"), v(r, "company_name"), v(r, "person_name"), v(r, "position"), Map.of())));
        List<GuaranteeRecord> guarantees = new ArrayList<>();
        csv(folder, "guarantees.csv", badRows, (line, r) -> guarantees.add(new GuaranteeRecord(src(batchId, "guarantees.csv", line),
                v(r, "contract_id"), v(r, "guarantor_name"), v(r, "guarantor_uscc"), v(r, "borrower_name"), v(r, "borrower_uscc"),
                v(r, "creditor_name"), money(v(r, "amount")), v(r, "guarantee_type"), date(v(r, "start_date")),
                date(v(r, "end_date")), v(r, "status") == null ? "active" : v(r, "status"), Map.of())));
        List<JudgmentRecord> judgments = new ArrayList<>();
        Path jf = folder.resolve("judgments.jsonl");
        if (Files.exists(jf)) {
            ObjectMapper om = new ObjectMapper();
            try {
                List<String> lines = Files.readAllLines(jf, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    long line = i + 1;
                    if (badRows.contains("judgments.jsonl:" + line) || lines.get(i).isBlank()) continue;
                    JsonNode j = om.readTree(lines.get(i));
                    String caseNo = text(j, "case_no");
                    judgments.add(new JudgmentRecord(src(batchId, "judgments.jsonl", line), caseNo,
                            caseNo == null ? null : normalizeCaseNo(caseNo), text(j, "court"), date(text(j, "date")),
                            text(j, "cause"), text(j, "doc_type"), text(j, "text"), Map.of()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Batch(batchId, companies, shareholders, personnel, guarantees, judgments);
    }

    private interface RowSink {
        void accept(long line, NamedCsvRecord r);
    }

    private static void csv(Path folder, String file, Set<String> badRows, RowSink sink) {
        Path p = folder.resolve(file);
        if (!Files.exists(p)) return;
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ignoreDifferentFieldCount(true).detectBomHeader(true)
                .ofNamedCsvRecord(p, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord rec : r) {
                long line = rec.getStartingLineNumber();
                if (badRows.contains(file + ":" + line)) continue;
                sink.accept(line, rec);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceRef src(String batch, String file, long line) {
        return new SourceRef(batch, file, line);
    }

    private static String v(NamedCsvRecord r, String column) {
        String s = r.findField(column).orElse(null);
        if (s == null) return null;
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    private static String text(JsonNode j, String field) {
        JsonNode n = j.get(field);
        if (n == null || n.isNull()) return null;
        String s = n.asText();
        return s.isBlank() ? null : s;
    }

    private static List<String> list(String s) {
        if (s == null) return List.of();
        return Arrays.stream(s.split("[;；]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    static String normalizeCaseNo(String raw) {
        StringBuilder sb = new StringBuilder();
        for (char c : raw.strip().toCharArray()) {
            if (Character.isWhitespace(c)) continue;
            sb.append(c == '（' ? '(' : c == '）' ? ')' : c);
        }
        return sb.toString();
    }

    private static Money money(String raw) {
        if (raw == null) return null;
        Matcher m = AMOUNT.matcher(raw.replace("，", ","));
        if (!m.find()) return null;
        BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
        if ("万".equals(m.group(2))) v = v.multiply(BigDecimal.valueOf(10_000));
        if ("亿".equals(m.group(2))) v = v.multiply(BigDecimal.valueOf(100_000_000));
        String currency = raw.contains("美元") ? "USD" : raw.contains("港") ? "HKD" : Money.CNY;
        return v.signum() < 0 ? null : new Money(v, currency, raw);
    }

    private static BigDecimal ratio(String raw) {
        if (raw == null) return null;
        try {
            BigDecimal v = new BigDecimal(raw.replace("%", "").strip());
            return raw.contains("%") || v.compareTo(BigDecimal.ONE) > 0 ? v.movePointLeft(2) : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\D?(\\d{1,2})\\D?(\\d{1,2})");

    private static LocalDate date(String raw) {
        if (raw == null) return null;
        Matcher m = DATE.matcher(raw);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
