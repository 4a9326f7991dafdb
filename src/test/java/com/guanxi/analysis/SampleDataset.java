package com.guanxi.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.ingest.Money;
import com.guanxi.testsupport.SharedData;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public sample (shared/samples/small) turned into projection inputs under perfect entity resolution: every
 * name is replaced by the entity id the answer key truth_mentions.jsonl gives for its file, line and field; the
 * rows truth.json lists as bad are skipped. Loaded once per test JVM.
 */
final class SampleDataset {
    private static SampleDataset instance;

    final JsonNode truth;
    final LocalDate asOf;
    final List<CompanyFacts> companies = new ArrayList<>();
    final List<Holding> holdings = new ArrayList<>();
    final List<GuaranteeContract> contracts = new ArrayList<>();

    private final Path dir;
    private final Set<String> badRows = new HashSet<>();
    /** "file:line:field" -> mention. */
    private final Map<String, JsonNode> mentions = new HashMap<>();

    static synchronized SampleDataset load() {
        if (instance == null) instance = new SampleDataset(SharedData.samplesSmall());
        return instance;
    }

    private SampleDataset(Path dir) {
        this.dir = dir;
        ObjectMapper json = new ObjectMapper();
        try {
            truth = json.readTree(dir.resolve("truth.json").toFile());
            for (String line : Files.readAllLines(dir.resolve("truth_mentions.jsonl"))) {
                if (line.isBlank()) continue;
                JsonNode m = json.readTree(line);
                mentions.put(m.get("file").asText() + ":" + m.get("line").asLong() + ":" + m.get("field").asText(), m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        asOf = LocalDate.parse(truth.get("asOf").asText());
        truth.get("badRows").forEach(b -> badRows.add(b.get("file").asText() + ":" + b.get("line").asLong()));
        loadCompanies();
        loadShareholders();
        loadGuarantees();
    }

    CompanyRegistry registry() {
        return CompanyRegistry.of(companies);
    }

    GuaranteeProjection guaranteeProjection() {
        return GuaranteeProjection.of(contracts);
    }

    OwnershipProjection ownershipProjection() {
        return OwnershipProjection.of(holdings);
    }

    private void loadCompanies() {
        rows("companies.csv", (line, row) -> {
            String uscc = blankToNull(row.get("uscc"));
            String id = uscc != null ? uscc : "REGNO-" + row.get("reg_no");
            JsonNode rep = mention("companies.csv", line, "legal_rep");
            companies.add(new CompanyFacts(id, SampleValues.amount(row.get("registered_capital")),
                    blankToNull(row.get("status")), rep == null ? null : rep.get("entityId").asText(),
                    blankToNull(row.get("address")), blankToNull(row.get("phone")), blankToNull(row.get("email"))));
        });
    }

    private void loadShareholders() {
        Map<String, Money> capital = new HashMap<>();
        companies.forEach(c -> capital.put(c.id(), c.registeredCapital()));
        rows("shareholders.csv", (line, row) -> {
            JsonNode company = mention("shareholders.csv", line, "company_name");
            if (company == null) company = mention("shareholders.csv", line, "company_uscc");
            JsonNode holder = mention("shareholders.csv", line, "shareholder_name");
            String companyId = company.get("entityId").asText();
            BigDecimal ratio = SampleValues.ratio(row.get("ratio"));
            if (ratio == null) {
                // import-format.md: a missing ratio is subscribed capital / registered capital.
                Money subscribed = SampleValues.amount(row.get("subscribed_capital"));
                Money registered = capital.get(companyId);
                if (!subscribed.currency().equals(registered.currency())) {
                    throw new IllegalStateException("currency mismatch at shareholders.csv line " + line);
                }
                ratio = SampleValues.divide(subscribed.amount(), registered.amount());
            }
            holdings.add(new Holding(holder.get("entityId").asText(), kind(holder), companyId, ratio.doubleValue(),
                    SampleValues.date(row.get("since"))));
        });
    }

    private void loadGuarantees() {
        rows("guarantees.csv", (line, row) -> {
            JsonNode guarantor = mention("guarantees.csv", line, "guarantor_name");
            JsonNode borrower = mention("guarantees.csv", line, "borrower_name");
            String status = row.get("status").strip();
            GuaranteeContract.Status s = switch (status) {
                case "", "active" -> GuaranteeContract.Status.ACTIVE;
                case "released" -> GuaranteeContract.Status.RELEASED;
                default -> throw new IllegalStateException("status " + status + " at guarantees.csv line " + line);
            };
            Money amount = SampleValues.amount(row.get("amount"));
            if (!amount.isCny()) throw new IllegalStateException("non-CNY guarantee at line " + line);
            contracts.add(new GuaranteeContract(row.get("contract_id").strip(), guarantor.get("entityId").asText(),
                    kind(guarantor), borrower.get("entityId").asText(), kind(borrower),
                    amount.amount().doubleValue(), SampleValues.date(row.get("start_date")),
                    SampleValues.date(row.get("end_date")), s));
        });
    }

    private static PartyKind kind(JsonNode mention) {
        if ("Person".equals(mention.get("entityType").asText())) return PartyKind.PERSON;
        return mention.path("external").asBoolean(false) ? PartyKind.EXTERNAL : PartyKind.COMPANY;
    }

    private JsonNode mention(String file, long line, String field) {
        return mentions.get(file + ":" + line + ":" + field);
    }

    private interface RowSink {
        void row(long line, Map<String, String> row);
    }

    private void rows(String file, RowSink sink) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).ignoreDifferentFieldCount(true)
                .ofCsvRecord(dir.resolve(file))) {
            List<String> header = null;
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = record.getFields();
                    continue;
                }
                long line = record.getStartingLineNumber();
                if (badRows.contains(file + ":" + line)) continue;
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) row.put(header.get(i), record.getField(i));
                sink.row(line, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Iterates a JSON array of strings. */
    static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    static void forEachField(JsonNode object, java.util.function.BiConsumer<String, JsonNode> action) {
        object.fields().forEachRemaining(e -> action.accept(e.getKey(), e.getValue()));
    }
}
