package com.guanxi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.guanxi.graph.BulkLoader;
import com.guanxi.testsupport.SharedData;
import com.guanxi.testsupport.Truth;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk load that fails (here Neo4j's importer refuses its memory limit) is the batch's error, and leaves the
 * database as it was: empty, with its schema, usable — the next import goes in by transactions.
 */
@QuarkusTest
@TestProfile(BulkLoadFailureTest.RefusedImporter.class)
class BulkLoadFailureTest {

    public static class RefusedImporter extends BulkLoadTest.EmptyDatabase {
        @Override
        protected Map<String, String> more() {
            return Map.of("guanxi.import.bulk-memory", "not-a-size");
        }
    }

    @Inject
    ImportService imports;
    @Inject
    BulkLoader bulk;
    @Inject
    Driver driver;

    @Test
    void shouldLeaveTheDatabaseEmptyAndUsableWhenTheBulkLoadFails() {
        // Given an empty embedded database
        assertThat(bulk.canLoad()).isTrue();

        // When the first import's bulk load fails
        ImportBatch failed = imports.runNow(SharedData.samplesSmall(), b -> {
        }, true);

        // Then the batch failed saying why, and the database is empty with its schema
        assertThat(failed.state()).isEqualTo(ImportBatch.FAILED);
        assertThat(failed.error()).contains("importer");
        assertThat(bulk.canLoad()).isTrue();
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (v:SchemaVersion) RETURN v.version AS v").single().get("v").asInt()).isPositive();
            assertThat(session.run("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN count(*) AS n")
                    .single().get("n").asLong()).isEqualTo(1);
        }

        // And the next import goes in (by transactions, the bulk load being refused still)
        ImportBatch next = imports.runNow(SharedData.samplesSmall(), b -> {
        }, false);
        assertThat(next.state()).as(String.valueOf(next.error())).isEqualTo(ImportBatch.DONE);
        JsonNode counts = Truth.get().get("counts");
        for (FileStats file : next.files()) {
            assertThat(file.loaded()).as(file.file()).isEqualTo(counts.get("files").get(file.file()).get("goodRows").asLong());
        }
    }
}
