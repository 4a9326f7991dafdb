package com.guanxi.tags;

import com.guanxi.graph.TagStore;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change log is pruned by age, but never past the slowest active webhook: a receiver that has been failing keeps
 * its backlog. Works on changes dated 2001 (nothing real is that old) so the rest of the log is untouched.
 */
@QuarkusTest
class ChangeLogRetentionTest {

    @Inject
    TagStore store;
    @Inject
    Driver driver;

    @Test
    void shouldPruneOldChangesOnlyOnceEveryActiveWebhookHasThem() {
        try (var session = driver.session()) {
            // Given three changes from 2001 and an active webhook that has received only the first two
            session.run("UNWIND [-3, -2, -1] AS seq CREATE (:TagChange {seq: seq, runId: 'R-RETENTION-TEST', "
                    + "recordedAt: '2001-06-01T00:00:00Z', kind: 'added', subjectId: 'X', code: 'GUARANTEE_LOOP'})").consume();
            session.run("CREATE (:Webhook {id: 'WH-RETENTION-TEST', url: 'https://decisions.example.com/hook', "
                    + "secret: 'x', createdAt: '2001-01-01T00:00:00Z', cursor: -2, active: true})").consume();
            try {
                // When changes older than 2002 are pruned
                long first = store.pruneChanges(Instant.parse("2002-01-01T00:00:00Z"));

                // Then the two the webhook has are gone, the one it still waits for stays
                assertThat(first).isEqualTo(2);
                assertThat(remaining(session)).containsExactly(-1L);

                // And once that webhook is unregistered, the last one goes too
                session.run("MATCH (w:Webhook {id: 'WH-RETENTION-TEST'}) SET w.active = false").consume();
                assertThat(store.pruneChanges(Instant.parse("2002-01-01T00:00:00Z"))).isEqualTo(1);
                assertThat(remaining(session)).isEmpty();
                // and nothing recorded after the cut-off was touched
                assertThat(store.pruneChanges(Instant.parse("2002-01-01T00:00:00Z"))).isZero();
            } finally {
                session.run("MATCH (w:Webhook {id: 'WH-RETENTION-TEST'}) DETACH DELETE w").consume();
                session.run("MATCH (c:TagChange {runId: 'R-RETENTION-TEST'}) DELETE c").consume();
            }
        }
    }

    private static List<Long> remaining(org.neo4j.driver.Session session) {
        return session.run("MATCH (c:TagChange {runId: 'R-RETENTION-TEST'}) RETURN c.seq AS seq ORDER BY seq", Map.of())
                .list(r -> r.get("seq").asLong());
    }
}
