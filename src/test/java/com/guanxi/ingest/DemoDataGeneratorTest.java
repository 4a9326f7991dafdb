package com.guanxi.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGeneratorTest {
    private static final int COMPANIES = 2_000;

    @TempDir
    static Path dir;
    private static DemoDataGenerator.Manifest manifest;
    private static List<DemoDataGenerator.PlantedReject> planted;
    private static CollectingSink sink;
    private static BatchSummary summary;

    @BeforeAll
    static void generateAndReadBack() throws IOException {
        manifest = new DemoDataGenerator(7).generate(dir, COMPANIES);
        planted = DemoDataGenerator.readPlanted(dir);
        sink = new CollectingSink();
        summary = new CanonicalReader("demo").readFolder(dir, sink);
    }

    @Test
    void shouldRejectExactlyThePlantedBadRows() {
        Set<DemoDataGenerator.PlantedReject> actual = sink.rejects.stream()
                .map(r -> new DemoDataGenerator.PlantedReject(r.file(), r.line(), r.reason(), r.column()))
                .collect(Collectors.toSet());
        assertThat(actual).containsExactlyInAnyOrderElementsOf(planted);
        assertThat(sink.rejects).hasSize(planted.size());
        assertThat(planted).hasSize((int) manifest.plantedRejects());
    }

    @Test
    void shouldPlantEveryKindOfBadRowExceptEncoding() {
        assertThat(planted).extracting(DemoDataGenerator.PlantedReject::reason).containsAll(List.of("invalid_uscc",
                "missing_required", "unparseable_date", "unparseable_amount", "negative_amount", "ratio_out_of_range",
                "unparseable_ratio", "wrong_column_count", "malformed_json"));
        assertThat(planted).extracting(DemoDataGenerator.PlantedReject::file).containsAll(List.of("companies.csv",
                "shareholders.csv", "personnel.csv", "guarantees.csv", "judgments.jsonl"));
    }

    @Test
    void shouldLoadEveryOtherRow() {
        Map<String, Long> plantedPerFile = planted.stream()
                .collect(Collectors.groupingBy(DemoDataGenerator.PlantedReject::file, Collectors.counting()));
        for (FileStats s : summary.files()) {
            assertThat(s.rows()).as(s.file()).isEqualTo(manifest.dataRows().get(s.file()));
            assertThat(s.loaded()).as(s.file()).isEqualTo(s.rows() - plantedPerFile.getOrDefault(s.file(), 0L));
        }
        assertThat(sink.companies).hasSize(COMPANIES);
    }

    @Test
    void shouldGiveEveryCompanyAUniqueValidUsccOnARealDivisionAndAUniqueName() {
        Set<String> divisions = DemoVocabulary.REGIONS.stream().map(DemoVocabulary.Region::code).collect(Collectors.toSet());
        assertThat(sink.companies).extracting(CompanyRecord::uscc).doesNotHaveDuplicates()
                .allSatisfy(u -> assertThat(Uscc.isValid(u)).isTrue())
                .allSatisfy(u -> assertThat(divisions).contains(u.substring(2, 8)));
        assertThat(sink.companies).extracting(c -> Normalizer.name(c.name())).doesNotHaveDuplicates();
        assertThat(sink.companies).filteredOn(c -> !c.formerNames().isEmpty()).isNotEmpty();
        assertThat(sink.companies).filteredOn(c -> c.regNo() != null).isNotEmpty();
        assertThat(sink.companies).filteredOn(c -> c.registeredCapital() != null && !c.registeredCapital().isCny()).isNotEmpty();
    }

    @Test
    void shouldHoldPersonAndCompanyShareholdersAndCrossHoldings() {
        Resolver resolver = new Resolver(sink.companies);
        Set<List<String>> holdings = new HashSet<>();
        int companyHolders = 0;
        for (ShareholderRecord s : sink.shareholders) {
            String company = resolver.resolve(s.companyUscc(), s.companyName());
            String holder = resolver.resolve(s.shareholderUscc(), s.shareholderName());
            if (holder != null) companyHolders++;
            if (company != null && holder != null) holdings.add(List.of(holder, company));
        }
        assertThat(companyHolders).isGreaterThan(100);
        assertThat(sink.shareholders).extracting(ShareholderRecord::shareholderType).contains("自然人", "国有", "合伙企业", "其他");
        assertThat(holdings).anySatisfy(h -> assertThat(holdings).contains(List.of(h.get(1), h.get(0))));
    }

    @Test
    void shouldContainMutualGuaranteesAndLoops() {
        Resolver resolver = new Resolver(sink.companies);
        Map<String, Set<String>> graph = new HashMap<>();
        for (GuaranteeRecord g : sink.guarantees) {
            String from = resolver.resolve(g.guarantorUscc(), g.guarantorName());
            String to = resolver.resolve(g.borrowerUscc(), g.borrowerName());
            if (from != null && to != null) graph.computeIfAbsent(from, k -> new HashSet<>()).add(to);
        }
        boolean mutual = graph.entrySet().stream().anyMatch(e -> e.getValue().stream()
                .anyMatch(b -> graph.getOrDefault(b, Set.of()).contains(e.getKey())));
        assertThat(mutual).isTrue();
        assertThat(largestStronglyConnectedComponent(graph)).isGreaterThanOrEqualTo(3);
        assertThat(sink.guarantees).extracting(GuaranteeRecord::status).contains("active", "released");
    }

    @Test
    void shouldWriteJudgmentsInTheSampleStyle() {
        assertThat(sink.judgments).isNotEmpty().allSatisfy(j -> {
            assertThat(j.caseNoNormalized()).matches("\\(\\d{4}\\)\\p{IsHan}\\d{4}民初\\d+号");
            assertThat(j.text()).contains("原告：", "被告：", j.caseNo());
            assertThat(j.docType()).isIn("判决书", "裁定书", "调解书");
        });
    }

    @Test
    void shouldCarryHostileValuesThatLoadVerbatim() {
        assertThat(sink.companies).extracting(CompanyRecord::name).contains("北京<script>alert(1)</script>科技有限公司");
        assertThat(sink.personnel).extracting(PersonnelRecord::personName).contains("x') DETACH DELETE n //");
    }

    @Test
    void shouldBeDeterministicForASeed(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws IOException {
        new DemoDataGenerator(11).generate(a, 300);
        new DemoDataGenerator(11).generate(b, 300);
        new DemoDataGenerator(12).generate(c, 300);
        for (CanonicalFile f : CanonicalFile.values()) {
            assertThat(Files.readAllBytes(a.resolve(f.fileName()))).isEqualTo(Files.readAllBytes(b.resolve(f.fileName())));
        }
        assertThat(Files.readAllBytes(a.resolve("companies.csv"))).isNotEqualTo(Files.readAllBytes(c.resolve("companies.csv")));
    }

    /** Finds a registry company by USCC, exact name, or normalised name (the demo's noise is only spacing, brackets). */
    private static final class Resolver {
        private final Set<String> usccs = new HashSet<>();
        private final Map<String, String> byName = new HashMap<>();

        Resolver(List<CompanyRecord> companies) {
            for (CompanyRecord c : companies) {
                usccs.add(c.uscc());
                byName.put(Normalizer.name(c.name()), c.uscc());
            }
        }

        String resolve(String uscc, String name) {
            if (uscc != null && usccs.contains(uscc)) return uscc;
            return name == null ? null : byName.get(Normalizer.name(name));
        }
    }

    /** Kosaraju: size of the largest strongly connected component. */
    private static int largestStronglyConnectedComponent(Map<String, Set<String>> graph) {
        Map<String, Set<String>> reverse = new HashMap<>();
        Set<String> nodes = new HashSet<>(graph.keySet());
        graph.forEach((from, tos) -> tos.forEach(to -> {
            nodes.add(to);
            reverse.computeIfAbsent(to, k -> new HashSet<>()).add(from);
        }));
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String start : nodes) {
            if (!seen.add(start)) continue;
            Deque<Object[]> stack = new ArrayDeque<>();
            stack.push(new Object[]{start, graph.getOrDefault(start, Set.of()).iterator()});
            while (!stack.isEmpty()) {
                @SuppressWarnings("unchecked")
                java.util.Iterator<String> it = (java.util.Iterator<String>) stack.peek()[1];
                if (it.hasNext()) {
                    String next = it.next();
                    if (seen.add(next)) stack.push(new Object[]{next, graph.getOrDefault(next, Set.of()).iterator()});
                } else {
                    order.add((String) stack.pop()[0]);
                }
            }
        }
        Set<String> assigned = new HashSet<>();
        int best = 0;
        for (int i = order.size() - 1; i >= 0; i--) {
            String root = order.get(i);
            if (!assigned.add(root)) continue;
            int size = 0;
            Deque<String> todo = new ArrayDeque<>(List.of(root));
            while (!todo.isEmpty()) {
                String v = todo.pop();
                size++;
                for (String u : reverse.getOrDefault(v, Set.of())) if (assigned.add(u)) todo.push(u);
            }
            best = Math.max(best, size);
        }
        return best;
    }
}
