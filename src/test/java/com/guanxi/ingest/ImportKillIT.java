package com.guanxi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.guanxi.testsupport.GraphDigest;
import com.guanxi.testsupport.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the service in the middle of an import: after a restart, importing the same folder again gives exactly
 * the graph an uninterrupted import of that folder gives — same nodes per label, relationships per type, and the
 * same checksum over every property ({@link GraphDigest}; only which batch wrote a fact, and when, may differ).
 * <p>
 * Runs the packaged service ({@code quarkus-run.jar serve}) as child processes, each with its own data folder and
 * free ports, after {@code package} (failsafe, {@code ./mvnw verify}).
 */
class ImportKillIT {

    private static final int COMPANIES = 600;
    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration IMPORT = Duration.ofMinutes(6);
    /** Small write transactions, so that the writing phase spans many commits and the kill lands between and in them. */
    private static final String WRITE_BATCH = "50";

    @Test
    void shouldGiveTheUninterruptedGraphWhenAKilledImportIsRunAgain() throws Exception {
        Path tmp = ServiceProcess.workFolder("import-kill");
        GraphDigest expected;
        JsonNode expectedFiles;
        try (ServiceProcess reference = new ServiceProcess(tmp.resolve("reference")).set("guanxi.import.batch-size", WRITE_BATCH);
             ServiceProcess service = new ServiceProcess(tmp.resolve("killed")).set("guanxi.import.batch-size", WRITE_BATCH)) {
            // (both services start at once, while the data is generated)
            reference.launch();
            service.launch();
            // Given a generated folder (the product's generate command)
            Path data = tmp.resolve("demo");
            generate(data);
            ServiceProcess.log("generated %d companies", COMPANIES);

            // ... and the graph an uninterrupted import of it gives in a fresh database
            reference.awaitReady(START);
            JsonNode done = reference.awaitImport(reference.startImport(data), IMPORT);
            assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("done");
            expectedFiles = done.get("files");
            try (Driver bolt = reference.bolt()) {
                expected = GraphDigest.read(bolt);
            }
            reference.stop();
            ServiceProcess.log("uninterrupted import: %s", expected);
            assertThat(expected.nodesByLabel()).containsKeys("Company", "Person", "Case");
            assertThat(expected.relationshipsByType()).containsKeys("HOLDS", "SERVES", "GUARANTEES", "PARTY_TO");

            service.awaitReady(START);
            // When the service is killed (SIGKILL) while it writes the graph
            String killedBatch = service.startImport(data);
            long threshold = Math.max(1, expected.relationships() / 4);
            try (Driver bolt = service.bolt()) {
                ServiceProcess.await("the import to write a quarter of the relationships", IMPORT, () -> {
                    if (!service.isAlive()) throw new AssertionError("the service died:\n" + service.logTail());
                    return relationshipCount(bolt) >= threshold;
                });
                int exit = service.kill();
                assertThat(exit).as("exit status of a JVM ended by SIGKILL (128 + 9)").isEqualTo(137);
            }
            ServiceProcess.log("killed after at least %d relationships were written", threshold);

            // Then after a restart the graph holds part of the data, and the batch says it was interrupted
            service.start(START);
            GraphDigest partial;
            try (Driver bolt = service.bolt()) {
                partial = GraphDigest.read(bolt);
            }
            ServiceProcess.log("after the restart: %s", partial);
            assertThat(partial.relationships()).as("the kill landed in the middle of the import")
                    .isGreaterThanOrEqualTo(threshold).isLessThan(expected.relationships());
            JsonNode interrupted = service.call("GET", "/api/imports/" + killedBatch, "importer", null).json();
            assertThat(interrupted.path("state").asText()).isEqualTo("failed");
            assertThat(interrupted.path("error").asText()).contains("interrupted", "again");

            // And importing the same folder again gives the uninterrupted graph, and the same per-file counts
            JsonNode rerun = service.awaitImport(service.startImport(data), IMPORT);
            assertThat(rerun.path("state").asText()).as(rerun.toString()).isEqualTo("done");
            assertThat(rerun.get("files")).isEqualTo(expectedFiles);
            GraphDigest actual;
            try (Driver bolt = service.bolt()) {
                actual = GraphDigest.read(bolt);
            }
            ServiceProcess.log("after the re-run: %s", actual);
            List<String> differences = actual.differences(expected, 10);
            assertThat(actual.nodesByLabel()).as("nodes per label; differences:\n%s", String.join("\n", differences))
                    .isEqualTo(expected.nodesByLabel());
            assertThat(actual.relationshipsByType()).as("relationships per type; differences:\n%s",
                    String.join("\n", differences)).isEqualTo(expected.relationshipsByType());
            assertThat(actual.checksum()).as("checksum of every property; differences:\n%s",
                    String.join("\n", differences)).isEqualTo(expected.checksum());
        }
    }

    private static long relationshipCount(Driver bolt) {
        try (var session = bolt.session()) {
            return session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
        } catch (RuntimeException e) {
            return 0; // the database is still starting
        }
    }

    /** {@code java -jar quarkus-run.jar generate FOLDER --companies N --seed S}, as a user would run it. */
    private static void generate(Path folder) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", ServiceProcess.jar().toAbsolutePath().toString(), "generate",
                folder.toString(), "--companies", String.valueOf(COMPANIES), "--seed", "7")
                .redirectErrorStream(true).redirectOutput(folder.resolveSibling("generate.log").toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("generate finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(folder.resolveSibling("generate.log"))).isZero();
    }
}
