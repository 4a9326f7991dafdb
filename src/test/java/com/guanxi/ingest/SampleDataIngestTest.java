package com.guanxi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.testsupport.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads shared/samples/small with the canonical reader and checks the outcome against truth.json, which an
 * independent checker derived from the same files.
 */
class SampleDataIngestTest {
    private static JsonNode truth;
    private static CollectingSink sink;
    private static BatchSummary summary;

    @BeforeAll
    static void readSample() throws IOException {
        Path folder = SharedData.samplesSmall();
        truth = new ObjectMapper().readTree(folder.resolve("truth.json").toFile());
        sink = new CollectingSink();
        summary = new CanonicalReader("sample-small").readFolder(folder, sink);
    }

    record Key(String file, long line, String reason) {
    }

    @Test
    void shouldRejectExactlyTheBadRowsOfTheTruth() {
        // Given the bad rows listed by truth.json
        Set<Key> expected = new HashSet<>();
        for (JsonNode b : truth.get("badRows")) {
            expected.add(new Key(b.get("file").asText(), b.get("line").asLong(), b.get("reason").asText()));
        }
        // When the sample is read
        Set<Key> actual = sink.rejects.stream().map(r -> new Key(r.file(), r.line(), r.reason()))
                .collect(Collectors.toSet());
        // Then the same rows are rejected, for the same reasons, each once
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(sink.rejects).hasSize(expected.size());
    }

    @Test
    void shouldNameTheColumnTheTruthNames() {
        Map<String, Reject> byFileLine = sink.rejects.stream()
                .collect(Collectors.toMap(r -> r.file() + ":" + r.line(), Function.identity()));
        for (JsonNode b : truth.get("badRows")) {
            Reject r = byFileLine.get(b.get("file").asText() + ":" + b.get("line").asLong());
            assertThat(r).as("reject for %s", b).isNotNull();
            if (b.has("column")) assertThat(r.column()).as("column of %s", b).isEqualTo(b.get("column").asText());
            assertThat(r.detail()).as("every reject explains itself").isNotBlank();
        }
    }

    @Test
    void shouldLoadEveryGoodRowOfEveryFile() {
        JsonNode files = truth.get("counts").get("files");
        assertThat(summary.files()).hasSize(5);
        for (FileStats s : summary.files()) {
            JsonNode c = files.get(s.file());
            assertThat(s.rows()).as("rows of %s", s.file()).isEqualTo(c.get("dataRows").asLong());
            assertThat(s.loaded()).as("loaded of %s", s.file()).isEqualTo(c.get("goodRows").asLong());
            assertThat(s.rejected()).as("rejected of %s", s.file()).isEqualTo(c.get("badRows").asLong());
        }
    }

    @Test
    void shouldKeepHostileValuesVerbatim() {
        for (JsonNode h : truth.get("hostileButValid")) {
            String file = h.get("file").asText();
            long line = h.get("line").asLong();
            String column = h.get("column").asText();
            String value = h.get("value").asText();
            String loaded = switch (file) {
                case "companies.csv" -> field(sink.companies, line, CompanyRecord::source, Map.of(
                        "name", CompanyRecord::name)).apply(column);
                case "shareholders.csv" -> field(sink.shareholders, line, ShareholderRecord::source, Map.of(
                        "shareholder_name", ShareholderRecord::shareholderName)).apply(column);
                case "personnel.csv" -> field(sink.personnel, line, PersonnelRecord::source, Map.of(
                        "company_name", PersonnelRecord::companyName, "person_name", PersonnelRecord::personName))
                        .apply(column);
                case "guarantees.csv" -> field(sink.guarantees, line, GuaranteeRecord::source, Map.of(
                        "borrower_name", GuaranteeRecord::borrowerName)).apply(column);
                case "judgments.jsonl" -> field(sink.judgments, line, JudgmentRecord::source, Map.of(
                        "text", JudgmentRecord::text)).apply(column);
                default -> throw new AssertionError(file);
            };
            if (file.endsWith(".jsonl")) assertThat(loaded).contains(value);
            else assertThat(loaded).isEqualTo(value);
        }
    }

    private static <T> Function<String, String> field(List<T> records, long line, Function<T, SourceRef> source,
                                                      Map<String, Function<T, String>> getters) {
        T record = records.stream().filter(r -> source.apply(r).line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no record loaded at line " + line));
        return column -> getters.get(column).apply(record);
    }

    @Test
    void shouldNormaliseGuaranteeAmountsDatesAndStatusAsTheTruthDoes() {
        // Given the truth's contract table (amount in yuan, active on asOf) and the as-of date
        JsonNode contracts = truth.get("guarantee").get("contracts");
        LocalDate asOf = LocalDate.parse(truth.get("asOf").asText());
        assertThat(sink.guarantees).hasSize(contracts.size());
        for (GuaranteeRecord g : sink.guarantees) {
            JsonNode c = contracts.get(g.contractId());
            assertThat(c).as("contract %s", g.contractId()).isNotNull();
            // Then amounts agree in yuan, and active-ness computed from our dates and status agrees
            assertThat(g.amount().isCny()).isTrue();
            assertThat(g.amount().amount()).as("amount of %s (%s)", g.contractId(), g.amount().raw())
                    .isEqualByComparingTo(new BigDecimal(c.get("amount").asText()));
            boolean active = g.status().equals("active")
                    && (g.startDate() == null || !asOf.isBefore(g.startDate()))
                    && (g.endDate() == null || !asOf.isAfter(g.endDate()));
            assertThat(active).as("active of %s", g.contractId()).isEqualTo(c.get("active").asBoolean());
            if (c.get("state").asText().equals("released")) assertThat(g.status()).isEqualTo("released");
        }
    }

    @Test
    void shouldNormaliseRegisteredCapitalAsTheTruthDoes() {
        Map<String, CompanyRecord> byUscc = new HashMap<>();
        sink.companies.stream().filter(c -> c.uscc() != null).forEach(c -> byUscc.put(c.uscc(), c));
        JsonNode over = truth.get("guarantee").get("overGuarantee");
        assertThat(over.size()).isPositive();
        for (JsonNode o : over) {
            CompanyRecord c = byUscc.get(o.get("id").asText());
            assertThat(c.registeredCapital().amount()).as("capital of %s (%s)", c.uscc(), c.registeredCapital().raw())
                    .isEqualByComparingTo(new BigDecimal(o.get("registeredCapital").asText()));
        }
        for (JsonNode id : truth.get("guarantee").get("overGuaranteeCurrencyDependent")) {
            assertThat(byUscc.get(id.asText()).registeredCapital().isCny()).isFalse();
        }
    }

    @Test
    void shouldNormaliseCaseNumbersAsTheTruthDoes() {
        Map<Long, JudgmentRecord> byLine = sink.judgments.stream()
                .collect(Collectors.toMap(j -> j.source().line(), Function.identity()));
        for (JsonNode j : truth.get("judgments")) {
            JudgmentRecord r = byLine.get(j.get("line").asLong());
            assertThat(r.caseNo()).isEqualTo(j.get("caseNo").asText());
            assertThat(r.caseNoNormalized()).isEqualTo(j.get("caseNoNormalized").asText());
        }
    }

    @Test
    void shouldRecordProvenanceOfEveryRecord() {
        assertThat(sink.companies).allSatisfy(c -> {
            assertThat(c.source().batchId()).isEqualTo("sample-small");
            assertThat(c.source().file()).isEqualTo("companies.csv");
            assertThat(c.source().line()).isBetween(2L, 311L);
        });
    }
}
