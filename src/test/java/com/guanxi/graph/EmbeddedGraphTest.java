package com.guanxi.graph;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class EmbeddedGraphTest {

    @Inject
    Driver driver;
    @Inject
    GraphStats stats;
    @Inject
    CypherCatalogue cypher;
    @Inject
    EmbeddedNeo4j embedded;

    @Test
    void shouldStartEmbeddedNeo4jWithApocLoaded() {
        assertThat(embedded.isRunning()).isTrue();
        assertThat(stats.apocVersion()).startsWith("5.26");
    }

    @Test
    void shouldBeOfflineOnlyWhileStoppedForWorkOnItsFiles() throws Exception {
        // Background work (the webhook sweep) asks this instead of failing against a stopped server.
        List<Boolean> during = new ArrayList<>();
        embedded.whileStopped(home -> {
            during.add(embedded.isOffline());
            during.add(embedded.isRunning());
        });
        assertThat(during).containsExactly(true, false);
        assertThat(embedded.isOffline()).isFalse();
        try (var session = driver.session()) {
            assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
        }
    }

    @Test
    void shouldReportDatabaseInReadiness() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Neo4j connection health check"));
    }

    @Test
    void shouldFindCompanyByChineseNameFragment() {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    "MERGE (c:Company:Entity {id: $id}) SET c.name = $name, c.formerNamesText = $former",
                    Map.of("id", "TEST-FT-1", "name", "深圳市华盛科技有限公司", "former", "深圳市华盛电子有限公司")));
            session.run("CALL db.awaitIndexes(60)").consume();
            var names = session.executeRead(tx -> tx.run(cypher.get(Statement.COMPANY_SEARCH),
                    Map.of("query", "华盛", "limit", 10)).list(r -> r.get("name").asString()));
            assertThat(names).contains("深圳市华盛科技有限公司");
            var byFormer = session.executeRead(tx -> tx.run(cypher.get(Statement.COMPANY_SEARCH),
                    Map.of("query", "华盛电子", "limit", 10)).list(r -> r.get("id").asString()));
            assertThat(byFormer).contains("TEST-FT-1");
            session.executeWriteWithoutResult(tx -> tx.run("MATCH (c:Company {id: $id}) DETACH DELETE c",
                    Map.of("id", "TEST-FT-1")));
        }
    }

    @Test
    void shouldApplyEverySchemaMigration() {
        try (var session = driver.session()) {
            var names = session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").single()
                    .get("names").asList(v -> v.asString());
            assertThat(names).contains("entity_id", "company_id", "case_no");
            // V007: persons are kept unique by entity_id alone.
            assertThat(names).doesNotContain("person_id");
            var indexes = session.run("SHOW INDEXES YIELD name RETURN collect(name) AS names").single()
                    .get("names").asList(v -> v.asString());
            assertThat(indexes).contains("company_names", "company_name_norm", "guarantee_contract");
            // V008: no index that no statement looks anything up by.
            assertThat(indexes).doesNotContain("person_name", "holds_since", "company_group_root");
            int highest = cypher.migrations().get(cypher.migrations().size() - 1).version();
            assertThat(session.run("MATCH (v:SchemaVersion {key: 'guanxi'}) RETURN v.version AS v").single().get("v").asInt())
                    .isEqualTo(highest);
        }
    }
}
