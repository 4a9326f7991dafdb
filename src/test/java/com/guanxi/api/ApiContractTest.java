package com.guanxi.api;

import com.guanxi.ingest.ImportService;
import com.guanxi.testsupport.SampleGraph;
import com.guanxi.testsupport.SharedData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static com.guanxi.testsupport.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ApiContractTest {

    static final String HOSTILE_NAME = "北京<script>alert(1)</script>科技有限公司";

    @Inject
    ImportService imports;

    @BeforeEach
    void givenTheSampleIsImported() {
        SampleGraph.ensureImported(imports);
    }

    @Test
    void shouldImportAFolderPostedAsAPathAndListItsRejects() throws InterruptedException {
        String batchId = as("importer").contentType(ContentType.JSON)
                .body(Map.of("path", SharedData.samplesSmall().toString()))
                .when().post("/api/imports")
                .then().statusCode(202).body("batchId", notNullValue())
                .extract().path("batchId");
        String state = "running";
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while ("running".equals(state) && System.nanoTime() < deadline) {
            Thread.sleep(300);
            state = as("importer").when().get("/api/imports/" + batchId).then().statusCode(200).extract().path("state");
        }
        assertThat(state).isEqualTo("done");
        as("importer").when().get("/api/imports/" + batchId)
                .then().body("files.file", hasItem("companies.csv"))
                .body("files.find { it.file == 'companies.csv' }.rejected", is(10));
        String rejects = as("importer").when().get("/api/imports/" + batchId + "/rejects").then().statusCode(200)
                .extract().asString();
        assertThat(rejects.lines()).hasSize(40).allSatisfy(line -> assertThat(line).contains("\"reason\""));
        String resolutions = as("importer").when().get("/api/imports/" + batchId + "/resolutions").then().statusCode(200)
                .extract().asString();
        assertThat(resolutions.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).contains("\"entityId\""));
    }

    @Test
    void shouldExplainHowAMentionWasResolved() {
        var batch = SampleGraph.ensureImported(imports);
        as("importer").queryParam("file", "shareholders.csv").queryParam("line", 2).queryParam("field", "shareholder_name")
                .when().get("/api/imports/" + batch.batchId() + "/resolutions/explain")
                .then().statusCode(200)
                .body("[0].entityId", notNullValue())
                .body("[0].method", notNullValue())
                .body("[0].explanation.size()", greaterThan(0));
    }

    @Test
    void shouldRefuseAJudgementOnAnUnknownReviewItem() {
        as("analyst").contentType(ContentType.JSON).body(Map.of("candidateId", "X", "verdict", "accept"))
                .when().post("/api/review/NOPE/judgements")
                .then().statusCode(404).contentType("application/problem+json");
        as("analyst").when().get("/api/review").then().statusCode(200);
    }

    @Test
    void shouldAnswerProblemJsonForAnUnknownBatch() {
        as("importer").when().get("/api/imports/B20200101-000000-abcdef")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("B20200101-000000-abcdef"));
    }

    @Test
    void shouldRefuseAnImportOfAMissingFolderWithAClearDetail() {
        as("importer").contentType(ContentType.JSON).body(Map.of("path", "/nonexistent/folder"))
                .when().post("/api/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("/nonexistent/folder"));
    }

    @Test
    void shouldRefuseMalformedJsonWithProblemJson() {
        as("importer").contentType(ContentType.JSON).body("{\"path\": ")
                .when().post("/api/imports")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldFindCompaniesByNameFragmentAndByUscc() {
        as("analyst").queryParam("q", "<script>").when().get("/api/companies")
                .then().statusCode(200);
        as("analyst").queryParam("q", "天津海纳").when().get("/api/companies")
                .then().statusCode(200).body("name", hasItem("天津海纳实业集团有限公司"));
        as("analyst").queryParam("q", "91120101455490325F").when().get("/api/companies")
                .then().statusCode(200).body("[0].name", is("天津海纳实业集团有限公司"));
    }

    @Test
    void shouldReturnCompanyFactsVerbatimIncludingHostileNames() {
        String id = as("analyst").queryParam("q", "alert").when().get("/api/companies")
                .then().statusCode(200).extract().path("find { it.name == '" + HOSTILE_NAME.replace("'", "\\'") + "' }.id");
        assertThat(id).isNotNull();
        as("analyst").when().get("/api/companies/" + id).then().statusCode(200)
                .body("name", is(HOSTILE_NAME))
                .body("sources[0].file", is("companies.csv"));
    }

    @Test
    void shouldRejectAnOutOfRangeSearchLimit() {
        as("analyst").queryParam("q", "华").queryParam("limit", 0).when().get("/api/companies")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("limit"));
    }

    @Test
    void shouldReturnTheNeighbourhoodOfACompany() {
        as("analyst").queryParam("id", "91120101455490325F").queryParam("depth", 1).when().get("/api/graph/neighborhood")
                .then().statusCode(200)
                .body("nodes.id", hasItem("91120101455490325F"))
                .body("edges.size()", greaterThan(0))
                .body("edges.type", everyItem(notNullValue()));
        as("analyst").queryParam("id", "91120101455490325F").queryParam("types", "NOPE").when().get("/api/graph/neighborhood")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldCountNodesAndRelationships() {
        as("analyst").when().get("/api/stats").then().statusCode(200)
                .body("nodes.Company", greaterThan(300))
                .body("relationships.HOLDS", greaterThan(0));
    }

    @Test
    void shouldPublishOpenApi() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/imports"));
    }
}
