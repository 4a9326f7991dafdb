package com.guanxi.api;

import com.guanxi.graph.GraphConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** No query runs forever: the embedded server has a transaction timeout, and hitting it answers a clear 503. */
@QuarkusTest
class QueryTimeoutTest {

    @Inject
    Driver driver;
    @Inject
    GraphConfig config;

    @Test
    void shouldRunTheEmbeddedServerWithTheConfiguredTransactionTimeout() {
        try (var session = driver.session()) {
            String value = session.run("SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value")
                    .single().get("value").asString();
            assertThat(org.neo4j.configuration.SettingValueParsers.DURATION.parse(value))
                    .isEqualTo(config.embedded().transactionTimeout());
        }
    }

    @Test
    void shouldStopAQueryPastItsTimeoutAndAnswerProblemJson() {
        // Given a query that would sleep for 20 s, in a transaction allowed 1 s
        Throwable thrown;
        try (var session = driver.session()) {
            thrown = catchThrowable(() -> session.executeRead(tx -> tx.run("CALL apoc.util.sleep(20000)").consume(),
                    TransactionConfig.builder().withTimeout(Duration.ofSeconds(1)).build()));
        }
        // Then the database stops it, and the API's answer says what happened
        assertThat(thrown).isInstanceOf(ClientException.class);
        var response = new QueryTimeouts().databaseRefused((ClientException) thrown);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).detail()).contains("longer than");
    }
}
