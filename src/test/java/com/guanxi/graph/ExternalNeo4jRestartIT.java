package com.guanxi.graph;

import com.guanxi.testsupport.ServiceProcess;
import com.guanxi.testsupport.ServiceProcess.Answer;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on an external Neo4j (GUANXI_NEO4J_URI) that stops and comes back while the service runs: meanwhile
 * the API answers 503 problem+json with Retry-After and readiness is DOWN; afterwards the service serves again by
 * itself, without a restart. The "external" server is a Neo4j 5.26 + APOC started by this test's JVM; the service is
 * the packaged jar in a child process.
 */
class ExternalNeo4jRestartIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration NOTICE = Duration.ofMinutes(2);

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverWithoutARestart() {
        Path tmp = ServiceProcess.workFolder("external-neo4j-restart");
        Path databaseHome = tmp.resolve("neo4j");
        int bolt = ServiceProcess.freePort();
        DatabaseManagementService database = startDatabase(databaseHome, bolt);
        // The driver retries a failed transaction for quarkus.neo4j.max-transaction-retry-time (30 s) before the
        // service answers; 2 s here keeps the test short without changing what is answered.
        try (ServiceProcess service = new ServiceProcess(tmp.resolve("service"))
                .env("GUANXI_NEO4J_URI", "bolt://127.0.0.1:" + bolt)
                .set("quarkus.neo4j.max-transaction-retry-time", "2s")) {
            // Given the service running on the external database
            service.start(START);
            assertThat(service.call("GET", "/api/stats", "analyst", null).status()).isEqualTo(200);
            assertThat(service.call("GET", "/api/companies/91350100M000100Y43", "analyst", null).status()).isEqualTo(404);

            // When the database stops
            database.shutdown();
            database = null;
            ServiceProcess.log("database stopped");

            // Then queries are refused with 503 problem+json saying when to retry, and readiness is DOWN
            Answer[] refused = new Answer[1];
            ServiceProcess.await("a 503 while the database is down", NOTICE, () -> {
                refused[0] = service.call("GET", "/api/stats", "analyst", null);
                return refused[0].status() != 200;
            });
            ServiceProcess.log("first refusal: %d", refused[0].status());
            assertProblem503(refused[0]);
            assertProblem503(service.call("GET", "/api/companies/91350100M000100Y43", "analyst", null));
            Answer ready = service.call("GET", "/q/health/ready", null, null);
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().path("status").asText()).isEqualTo("DOWN");
            assertThat(service.call("GET", "/q/health/live", null, null).status()).as("the process itself lives").isEqualTo(200);

            // And when the database is back, the same service serves again and is ready, without a restart
            database = startDatabase(databaseHome, bolt);
            ServiceProcess.log("database started again");
            ServiceProcess.await("the service to serve again", NOTICE,
                    () -> service.call("GET", "/api/stats", "analyst", null).status() == 200);
            assertThat(service.call("GET", "/api/companies/91350100M000100Y43", "analyst", null).status()).isEqualTo(404);
            ServiceProcess.await("readiness UP again", NOTICE,
                    () -> service.call("GET", "/q/health/ready", null, null).status() == 200);
            assertThat(service.isAlive()).isTrue();
            ServiceProcess.log("served and ready again");
        } finally {
            if (database != null) database.shutdown();
        }
    }

    private static void assertProblem503(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.retryAfter()).as("Retry-After").isNotBlank();
        assertThat(Integer.parseInt(answer.retryAfter())).isPositive();
        assertThat(answer.json().path("detail").asText()).isNotBlank();
        assertThat(answer.json().path("status").asInt()).isEqualTo(503);
    }

    private static DatabaseManagementService startDatabase(Path home, int bolt) {
        return EmbeddedNeo4j.startServer(home, bolt, Duration.ofSeconds(60), Optional.of("64m"));
    }
}
