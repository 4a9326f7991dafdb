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
            if (c.entityType() == EntityType.PERSON) personsIncremental.put(c.mentionKey(), c.toId());
        }
        Map<String, String> personsAtOnce = new HashMap<>();
        for (MentionResolution m : once.personMentions()) personsAtOnce.put(m.ref().key(), m.resolution().entityId());
        assertThat(personsIncremental.keySet()).isEqualTo(personsAtOnce.keySet());
        assertThat(partition(personsIncremental)).isEqualTo(partition(personsAtOnce));
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
