package com.guanxi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.resolution.EntityType;
import com.guanxi.resolution.Link;
import com.guanxi.resolution.MentionRef;
import com.guanxi.resolution.MentionResolution;
import com.guanxi.resolution.Method;
import com.guanxi.resolution.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportJournalTest {

    @TempDir
    Path folder;

    @Test
    void shouldWriteEachResolutionAsOneCompactJsonLineWithTheContractFieldsAndHostileTextVerbatim() throws IOException {
        // Given a journal and mentions, one of them hostile (quotes, a line break, script and Cypher-looking text)
        String hostile = "\"华盛\"\n<script>alert(1)</script> MATCH (n) DETACH DELETE n";
        var journal = new ImportJournal(folder, new ObjectMapper());
        var source = new SourceRef("B1", "companies.csv", 2);

        // When they are journalled and the journal closed
        journal.resolution(source, "legal_rep", "梁文", new Link(Link.PERSON, "P-1", null, "梁文", 0.8, "name_in_company", false));
        journal.resolution(new SourceRef("B1", "guarantees.csv", 7), "creditor", hostile,
                new Link(Link.COMPANY, "X-1", "91330203241829311X", hostile, 1.0, "uscc", true));
        // (and a resolver's answer, with its explanation, between the exact links)
        journal.resolution(new MentionResolution(new MentionRef("judgments.jsonl", 3, "parties", -1), "许国庆", "被告",
                new Resolution(EntityType.PERSON, "P-2", null, 0.9, Method.USCC, 0.9, List.of(), List.of())));
        journal.resolution(source, "legal_rep", "梁文", new Link(Link.PERSON, "P-1", null, "梁文", 0.8, "name_in_company", false));
        journal.close();

        // Then every mention is one line: a compact object with the fields of the contract, in its order
        List<String> lines = Files.readAllLines(folder.resolve(ImportJournal.RESOLUTIONS), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines).allMatch(l -> l.startsWith("{\"file\":") && l.endsWith("}"));
        assertThat(lines.get(3)).isEqualTo(lines.get(0));
        JsonNode answer = new ObjectMapper().readTree(lines.get(2));
        assertThat(answer.get("role").asText()).isEqualTo("被告");
        assertThat(answer.get("method").asText()).isEqualTo("uscc");
        assertThat(lines.get(0)).isEqualTo("{\"file\":\"companies.csv\",\"line\":2,\"field\":\"legal_rep\",\"raw\":\"梁文\","
                + "\"entityType\":\"Person\",\"entityId\":\"P-1\",\"uscc\":null,\"confidence\":0.8,\"method\":\"name_in_company\"}");
        List<String> fields = new ArrayList<>();
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        second.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("file", "line", "field", "raw", "entityType", "entityId", "uscc", "confidence", "method");
        // And the hostile text comes back verbatim once the JSON is read
        assertThat(second.get("raw").asText()).isEqualTo(hostile);
        assertThat(second.get("line").asLong()).isEqualTo(7);
        assertThat(second.get("uscc").asText()).isEqualTo("91330203241829311X");
    }
}
