package com.guanxi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.graph.GraphStats;
import com.guanxi.testsupport.SharedData;
import com.guanxi.testsupport.Truth;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing shared/samples/small end to end into the embedded graph. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleImportTest {

    @Inject
    ImportService imports;
    @Inject
    GraphStats stats;
    @Inject
    Driver driver;

    static ImportBatch first;
    static GraphStats.Counts countsAfterFirst;

    @Test
    @Order(1)
    void shouldRejectExactlyTheBadRowsOfTheSample() throws IOException {
        first = imports.runNow(SharedData.samplesSmall(), b -> {
        });
        countsAfterFirst = stats.counts();
        assertThat(first.state()).isEqualTo(ImportBatch.DONE);

        Set<String> expected = new HashSet<>();
        for (JsonNode bad : Truth.get().get("badRows")) {
            expected.add(bad.get("file").asText() + ":" + bad.get("line").asInt() + ":" + bad.get("reason").asText());
        }
        Set<String> actual = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(imports.journal(first.batchId(), true).orElseThrow())) {
            JsonNode reject = json.readTree(line);
            actual.add(reject.get("file").asText() + ":" + reject.get("line").asInt() + ":" + reject.get("reason").asText());
        }
        assertThat(actual).isEqualTo(expected);

        JsonNode counts = Truth.get().get("counts");
        for (FileStats file : first.files()) {
            JsonNode expectedFile = counts.get("files").get(file.file());
            assertThat(file.loaded()).as(file.file() + " loaded").isEqualTo(expectedFile.get("goodRows").asLong());
            assertThat(file.rejected()).as(file.file() + " rejected").isEqualTo(expectedFile.get("badRows").asLong());
        }
    }

    @Test
    @Order(2)
    void shouldStoreHostileValuesVerbatim() {
        try (var session = driver.session()) {
            for (JsonNode hostile : Truth.get().get("hostileButValid")) {
                String value = hostile.get("value").asText();
                long found = session.run("""
                        MATCH (n) WHERE n.name = $value OR n.text CONTAINS $value
                        RETURN count(n) AS n""", Map.of("value", value)).single().get("n").asLong();
                assertThat(found).as(hostile.toString()).isPositive();
            }
        }
    }

    @Test
    @Order(3)
    void shouldChangeNothingWhenTheSameFolderIsImportedAgain() {
        ImportBatch second = imports.runNow(SharedData.samplesSmall(), b -> {
        });
        assertThat(second.state()).isEqualTo(ImportBatch.DONE);
        assertThat(stats.counts()).isEqualTo(countsAfterFirst);
        assertThat(countsAfterFirst.nodes()).containsKeys("Company", "Person", "Case");
        assertThat(countsAfterFirst.relationships()).containsKeys("HOLDS", "SERVES", "GUARANTEES");
        assertThat(countsAfterFirst.nodes()).doesNotContainKey("History");
    }

    @Test
    @Order(4)
    void shouldKeepThePreviousFactsWhenALaterBatchChangesThem() throws IOException {
        // Given a later delivery in which one company changed its industry
        var folder = Files.createTempDirectory("guanxi-later-batch");
        List<String> lines = Files.readAllLines(SharedData.samplesSmall().resolve("companies.csv"));
        String header = lines.get(0);
        String row = lines.get(1);
        assertThat(row).startsWith("91120101455490325F,").endsWith(",批发业");
        Files.writeString(folder.resolve("companies.csv"), header + "\n" + row.replace(",批发业", ",零售业") + "\n");

        // When it is imported
        ImportBatch later = imports.runNow(folder, b -> {
        });

        // Then the company has the new fact and the old one is kept as history
        assertThat(later.state()).isEqualTo(ImportBatch.DONE);
        try (var session = driver.session()) {
            var record = session.run("""
                    MATCH (c:Company {id: $id})
                    OPTIONAL MATCH (c)-[:HAD]->(h:History)
                    RETURN c.industry AS industry, collect(h.facts) AS history""", Map.of("id", "91120101455490325F")).single();
            assertThat(record.get("industry").asString()).isEqualTo("零售业");
            assertThat(record.get("history").asList(v -> v.asString())).anySatisfy(facts -> assertThat(facts).contains("批发业"));
        }
        // and importing the original row again restores it, keeping the intermediate value as history too
        Files.writeString(folder.resolve("companies.csv"), header + "\n" + row + "\n");
        imports.runNow(folder, b -> {
        });
        try (var session = driver.session()) {
            var record = session.run("MATCH (c:Company {id: $id})-[:HAD]->(h:History) RETURN c.industry AS industry, count(h) AS n",
                    Map.of("id", "91120101455490325F")).single();
            assertThat(record.get("industry").asString()).isEqualTo("批发业");
            assertThat(record.get("n").asLong()).isEqualTo(2);
        }
    }
}
