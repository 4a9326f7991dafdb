package com.guanxi.resolution;

import com.guanxi.extraction.CompanyNameParser;
import com.guanxi.extraction.PersonOrgRecognizer;
import com.guanxi.testsupport.SampleData;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolving a new batch against indices rebuilt from stored entities gives what resolving everything at once gives.
 */
class IncrementalResolutionTest {

    private static <T> List<T> half(List<T> l, boolean first) {
        return first ? l.subList(0, l.size() / 2) : l.subList(l.size() / 2, l.size());
    }

    @Test
    void shouldResolveASecondBatchAgainstRebuiltIndicesAsIfAllCameAtOnce() {
        Batch all = SampleData.batch("all");
        // Given: everything at once
        BatchResult once = BatchResolver.create(SampleData.lexicon(), SampleData.model(), new InMemoryJudgementStore()).resolve(all);

        // Given: the registry and half of every other file first, then indices rebuilt from what was stored
        Batch first = new Batch("b1", all.companies(), half(all.shareholders(), true), half(all.personnel(), true),
                half(all.guarantees(), true), half(all.judgments(), true));
        Batch second = new Batch("b2", List.of(), half(all.shareholders(), false), half(all.personnel(), false),
                half(all.guarantees(), false), half(all.judgments(), false));
        BatchResolver r1 = BatchResolver.create(SampleData.lexicon(), SampleData.model(), new InMemoryJudgementStore());
        BatchResult b1 = r1.resolve(first);
        CompanyIndex companies = new CompanyIndex(new CompanyNameParser(SampleData.lexicon()), SampleData.model().company(), 1000);
        r1.companies().entities().forEach(companies::add);
        r1.companies().supersessions().forEach(companies::supersede);
        PersonIndex persons = new PersonIndex();
        r1.persons().mentions().forEach(s -> persons.put(s.mention(), s.personId()));
        CompanyGraph graph = CompanyGraph.restore(r1.graph().snapshot());
        BatchResolver r2 = new BatchResolver(SampleData.lexicon(), SampleData.model(), new InMemoryJudgementStore(),
                PersonOrgRecognizer.NONE, companies, persons, graph);
        // When the second batch is resolved against them
        BatchResult b2 = r2.resolve(second);

        // Then every company mention has the same entity
        Map<String, String> incremental = new HashMap<>();
        for (BatchResult r : List.of(b1, b2)) for (MentionResolution m : r.companyMentions()) incremental.put(m.ref().key(), m.resolution().entityId());
        for (EntityChange c : b2.changes()) {
            if (c.entityType() == EntityType.COMPANY) incremental.replaceAll((k, v) -> c.fromId().equals(v) ? c.toId() : v);
        }
        Map<String, String> atOnce = new HashMap<>();
        for (MentionResolution m : once.companyMentions()) atOnce.put(m.ref().key(), m.resolution().entityId());
        assertThat(incremental).isEqualTo(atOnce);

        // and the person mentions fall into the same persons
        Map<String, String> personsIncremental = new HashMap<>();
        for (BatchResult r : List.of(b1, b2)) for (MentionResolution m : r.personMentions()) personsIncremental.put(m.ref().key(), m.resolution().entityId());
        for (EntityChange c : b2.changes()) {
            if (c.entityType() == EntityType.PERSON && !c.isMerge()) personsIncremental.put(c.mentionKey(), c.toId());
        }
        Map<String, String> personsAtOnce = new HashMap<>();
        for (MentionResolution m : once.personMentions()) personsAtOnce.put(m.ref().key(), m.resolution().entityId());
        assertThat(personsIncremental.keySet()).isEqualTo(personsAtOnce.keySet());
        assertThat(partition(personsIncremental)).isEqualTo(partition(personsAtOnce));
    }

    @Test
    void shouldKeepThePersonsOfEarlierBatchesWhenTheirRowsAreReadBackFromTheGraph() {
        // (judgments left out: persons named only in judgment text are not read back from the graph)
        Batch sample = SampleData.batch("all");
        Batch all = new Batch("all", sample.companies(), sample.shareholders(), sample.personnel(), sample.guarantees(), List.of());
        BatchResult once = BatchResolver.create(SampleData.lexicon(), SampleData.model(), new InMemoryJudgementStore()).resolve(all);
        // Given the registry, personnel and half the shareholders and guarantees first, resolved and stored
        Batch first = new Batch("B1", all.companies(), half(all.shareholders(), true), all.personnel(),
                half(all.guarantees(), true), List.of());
        BatchResolver r1 = BatchResolver.create(SampleData.lexicon(), SampleData.model(), new InMemoryJudgementStore());
        BatchResult b1 = r1.resolve(first);
        Map<String, String> firstIds = new HashMap<>();
        for (MentionResolution m : b1.personMentions()) firstIds.put(m.ref().key(), m.resolution().entityId());

        // When a fresh resolver (another import, after a restart) is seeded only with what the graph holds: registry
        // names, company contacts and ownership, and one row per stored position / holding / guarantee of a person
        BatchResolver r2 = BatchResolver.create(SampleData.lexicon(), SampleData.model(), new InMemoryJudgementStore());
        r1.companies().entities().stream().filter(CompanyEntity::registry).forEach(r2.companies()::add);
        StoredContext stored = storedAsTheGraphHoldsIt(all, b1);
        r2.restore(stored);
        Batch second = new Batch("B2", List.of(), half(all.shareholders(), false), List.of(),
                half(all.guarantees(), false), List.of());
        BatchResult b2 = r2.resolve(second);

        // Then every person of the second batch whom resolving everything at once puts with a stored person has
        // that stored person's id — when the batch ties several stored persons together, the id of the one whose
        // row the graph holds first (batch, file, line) — and every other stored person is reported merged into it
        Map<String, String> atOnce = new HashMap<>();
        for (MentionResolution m : once.personMentions()) atOnce.put(m.ref().key(), m.resolution().entityId());
        Map<String, String> storedIdOfPerson = new HashMap<>();
        Map<String, java.util.Set<String>> storedIdsOfPerson = new HashMap<>();
        for (StoredContext.PersonRow row : stored.persons()) {
            String person = atOnce.get(row.file() + ":" + row.line() + ":" + field(row));
            storedIdOfPerson.putIfAbsent(person, row.personId());
            storedIdsOfPerson.computeIfAbsent(person, k -> new java.util.TreeSet<>()).add(row.personId());
        }
        java.util.Set<List<String>> merges = new java.util.HashSet<>();
        for (EntityChange c : b2.changes()) if (c.isMerge()) merges.add(List.of(c.fromId(), c.toId()));
        java.util.Set<String> touched = new java.util.HashSet<>();
        for (MentionResolution m : b2.personMentions()) touched.add(atOnce.get(m.ref().key()));
        for (String person : touched) {
            String kept = storedIdOfPerson.get(person);
            if (kept == null) continue;
            for (String other : storedIdsOfPerson.get(person)) {
                if (!other.equals(kept)) assertThat(merges).as("merge of %s", other).contains(List.of(other, kept));
            }
        }
        int kept = 0;
        for (MentionResolution m : b2.personMentions()) {
            String expected = storedIdOfPerson.get(atOnce.get(m.ref().key()));
            if (expected == null) continue;
            assertThat(m.resolution().entityId()).as("person of %s", m.ref().key()).isEqualTo(expected);
            kept++;
        }
        assertThat(kept).as("second-batch mentions of persons already stored").isGreaterThan(50);
        // and a person the second batch meets for the first time is new, not one of the stored ones
        for (MentionResolution m : b2.personMentions()) {
            if (!storedIdOfPerson.containsKey(atOnce.get(m.ref().key()))) {
                assertThat(firstIds.values()).doesNotContain(m.resolution().entityId());
            }
        }
    }

    private static String field(StoredContext.PersonRow row) {
        return switch (row.type()) {
            case "HOLDS" -> "shareholder_name";
            case "GUARANTEES" -> "guarantor_name";
            default -> "法定代表人".equals(row.position()) ? "legal_rep" : "person_name";
        };
    }

    /** The rows of the first batch as the graph holds them: each person relation with its batch, file and line. */
    private static StoredContext storedAsTheGraphHoldsIt(Batch all, BatchResult first) {
        List<StoredContext.PersonRow> persons = new java.util.ArrayList<>();
        Map<String, String> companyOfRow = new HashMap<>();
        for (MentionResolution m : first.companyMentions()) {
            if (m.resolution().linked() && !m.ref().field().startsWith("creditor")
                    && !m.ref().field().startsWith("guarantor") && !m.ref().field().startsWith("shareholder")) {
                companyOfRow.put(m.ref().file() + ":" + m.ref().line(), m.resolution().entityId());
            }
        }
        for (var c : all.companies()) companyOfRow.put(c.source().file() + ":" + c.source().line(), c.uscc() != null ? c.uscc() : "REGNO-" + c.regNo());
        for (MentionResolution m : first.personMentions()) {
            String company = companyOfRow.get(m.ref().file() + ":" + m.ref().line());
            if (company == null) continue;
            String type = switch (m.ref().field()) {
                case "shareholder_name" -> "HOLDS";
                case "guarantor_name" -> "GUARANTEES";
                default -> "SERVES";
            };
            persons.add(new StoredContext.PersonRow(m.resolution().entityId(), m.raw(), type,
                    m.ref().field().equals("legal_rep") ? "法定代表人" : "董事", company, "B1", m.ref().file(), m.ref().line()));
        }
        // the order the graph returns them in (cypher/resolution/person-mentions)
        persons.sort(java.util.Comparator.comparing(StoredContext.PersonRow::file).thenComparingLong(StoredContext.PersonRow::line));
        List<StoredContext.CompanyRow> companies = new java.util.ArrayList<>();
        for (var c : all.companies()) {
            companies.add(new StoredContext.CompanyRow(c.uscc() != null ? c.uscc() : "REGNO-" + c.regNo(), c.uscc(), c.name(),
                    true, c.address(), c.phone(), c.email()));
        }
        List<StoredContext.Ownership> ownership = new java.util.ArrayList<>();
        Map<String, String> byRow = new HashMap<>();
        for (MentionResolution m : first.companyMentions()) {
            if (m.resolution().linked()) byRow.put(m.ref().file() + ":" + m.ref().line() + ":" + m.ref().field(), m.resolution().entityId());
        }
        for (var r : all.shareholders()) {
            String key = r.source().file() + ":" + r.source().line() + ":";
            String holder = byRow.getOrDefault(key + "shareholder_name", byRow.get(key + "shareholder_uscc"));
            String company = byRow.getOrDefault(key + "company_name", byRow.get(key + "company_uscc"));
            if (holder != null && company != null) ownership.add(new StoredContext.Ownership(holder, company));
        }
        return new StoredContext(persons, companies, ownership);
    }

    /** The partition as "mention → the smallest mention key of its person", independent of the ids given. */
    private static Map<String, String> partition(Map<String, String> idByMention) {
        Map<String, String> smallest = new HashMap<>();
        idByMention.forEach((k, id) -> smallest.merge(id, k, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        Map<String, String> out = new HashMap<>();
        idByMention.forEach((k, id) -> out.put(k, smallest.get(id)));
        return out;
    }
}
