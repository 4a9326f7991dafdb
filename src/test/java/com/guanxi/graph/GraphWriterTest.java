package com.guanxi.graph;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's writes create what the graph lacks and update what it has: never a second node or relationship for
 * one key, even when several writers carry the same rows at once, and history for changed facts.
 */
@QuarkusTest
class GraphWriterTest {

    @Inject
    GraphWriter writer;
    @Inject
    Driver driver;

    @Test
    void concurrentWritersOfTheSameRowsLeaveOneNodeAndOneRelationshipPerKey() throws Exception {
        // Given 40 persons, each holding the same company, written by 4 writers at once, 3 times each
        String run = UUID.randomUUID().toString().substring(0, 8);
        String company = "GWT-C-" + run;
        List<NodeWrite> persons = new ArrayList<>();
        List<EdgeWrite> holdings = new ArrayList<>();
        List<EdgeWrite> positions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String person = "GWT-P-" + run + "-" + i;
            persons.add(new NodeWrite(person, Map.of("name", "张" + i), null));
            holdings.add(new EdgeWrite(person, company, null, Map.of("ratio", 0.01 * i), "fp-" + i));
            positions.add(new EdgeWrite(person, company, "董事", Map.of(), null));
        }
        writer.writeNodes(GraphWriter.NodeKind.EXTERNAL_COMPANY,
                List.of(new NodeWrite(company, Map.of("name", "并发测试有限公司"), null)), "B-test");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CyclicBarrier start = new CyclicBarrier(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 3; round++) {
                        writer.writeNodes(GraphWriter.NodeKind.PERSON, persons, "B-test");
                        writer.writeEdges(GraphWriter.EdgeKind.HOLDS, holdings, "B-test");
                        writer.writeEdges(GraphWriter.EdgeKind.SERVES, positions, "B-test");
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        // Then one node per person and one HOLDS and one SERVES per person, no history (nothing changed)
        try (var session = driver.session()) {
            var counts = session.run("""
                    MATCH (c:Entity {id: $company})
                    OPTIONAL MATCH (p:Person)-[h:HOLDS]->(c)
                    WITH c, count(DISTINCT p) AS holders, count(h) AS holds, sum(size(coalesce(h.history, []))) AS history
                    OPTIONAL MATCH (:Person)-[s:SERVES]->(c)
                    RETURN holders, holds, history, count(s) AS serves""", Map.of("company", company)).single();
            assertThat(counts.get("holders").asInt()).isEqualTo(40);
            assertThat(counts.get("holds").asInt()).isEqualTo(40);
            assertThat(counts.get("serves").asInt()).isEqualTo(40);
            assertThat(counts.get("history").asInt()).isZero();
            long nodes = session.run("MATCH (p:Entity) WHERE p.id STARTS WITH $prefix RETURN count(p) AS n",
                    Map.of("prefix", "GWT-P-" + run + "-")).single().get("n").asLong();
            assertThat(nodes).isEqualTo(40);
        }
    }

    @Test
    void aChangedHoldingKeepsItsPreviousValuesAndAnUnchangedOneIsLeftAlone() {
        // Given a holding written once
        String run = UUID.randomUUID().toString().substring(0, 8);
        String holder = "GWT-H-" + run;
        String company = "GWT-K-" + run;
        writer.writeNodes(GraphWriter.NodeKind.EXTERNAL_COMPANY, List.of(
                new NodeWrite(holder, Map.of("name", "甲有限公司"), null),
                new NodeWrite(company, Map.of("name", "乙有限公司"), null)), "B-1");
        writer.writeEdges(GraphWriter.EdgeKind.HOLDS,
                List.of(new EdgeWrite(holder, company, null, Map.of("ratio", 0.3, "batchId", "B-1"), "fp-1")), "B-1");

        // When the same facts come again, then changed facts
        writer.writeEdges(GraphWriter.EdgeKind.HOLDS,
                List.of(new EdgeWrite(holder, company, null, Map.of("ratio", 0.3, "batchId", "B-2"), "fp-1")), "B-2");
        writer.writeEdges(GraphWriter.EdgeKind.HOLDS,
                List.of(new EdgeWrite(holder, company, null, Map.of("ratio", 0.5, "batchId", "B-3"), "fp-2")), "B-3");

        // Then the unchanged row wrote nothing (still batch B-1), and the change kept B-1's values as history
        try (var session = driver.session()) {
            var r = session.run("MATCH (:Entity {id: $h})-[r:HOLDS]->(:Entity {id: $c}) RETURN r.ratio AS ratio, "
                    + "r.batchId AS batch, r.history AS history", Map.of("h", holder, "c", company));
            var rows = r.list();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("ratio").asDouble()).isEqualTo(0.5);
            assertThat(rows.get(0).get("batch").asString()).isEqualTo("B-3");
            var history = rows.get(0).get("history").asList(v -> v.asString());
            assertThat(history).hasSize(1);
            assertThat(history.get(0)).contains("\"ratio\":0.3").contains("\"batchId\":\"B-1\"");
        }
    }
}
