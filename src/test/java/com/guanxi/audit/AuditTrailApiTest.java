package com.guanxi.audit;

import com.guanxi.ingest.ImportService;
import com.guanxi.testsupport.SampleGraph;
import com.guanxi.testsupport.SharedData;
import com.guanxi.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Queries of companies, graphs and imports leave an entry with user, subject, purpose and status. */
@QuarkusTest
class AuditTrailApiTest {

    static final String COMPANY = "91120101455490325F";
    static final String PURPOSE = "贷前审查";

    @Inject
    ImportService imports;

    @BeforeEach
    void givenTheSampleIsImported() {
        SampleGraph.ensureImported(imports);
    }

    @Test
    void shouldRecordACompanyQueryWithUserSubjectAndPurpose() {
        // When an analyst looks a company up for a stated purpose (header, percent-encoded UTF-8)
        TestUsers.as("analyst").header("X-Purpose", URLEncoder.encode(PURPOSE, StandardCharsets.UTF_8))
                .when().get("/api/companies/" + COMPANY).then().statusCode(200);
        // Then the newest entry about that company names them, the endpoint and the purpose
        JsonPath entry = newest("test-analyst", COMPANY);
        assertThat(entry.getString("endpoint")).isEqualTo("/api/companies/{id}");
        assertThat(entry.getString("method")).isEqualTo("GET");
        assertThat(entry.getString("purpose")).isEqualTo(PURPOSE);
        assertThat(entry.getInt("status")).isEqualTo(200);
        assertThat(entry.getString("hash")).hasSize(64);
    }

    @Test
    void shouldRecordAGraphQueryWithThePurposeGivenAsQueryParameter() {
        TestUsers.as("analyst").queryParam("id", COMPANY).queryParam("purpose", "贷后检查")
                .when().get("/api/graph/neighborhood").then().statusCode(200);
        JsonPath entry = newest("test-analyst", COMPANY);
        assertThat(entry.getString("endpoint")).isEqualTo("/api/graph/neighborhood");
        assertThat(entry.getString("purpose")).isEqualTo("贷后检查");
    }

    @Test
    void shouldRecordAnImportUnderItsBatchId() {
        String batchId = TestUsers.as("importer").contentType(ContentType.JSON)
                .body(Map.of("path", SharedData.samplesSmall().toString()))
                .when().post("/api/imports").then().statusCode(202).extract().path("batchId");
        JsonPath entry = newest("test-importer", batchId);
        assertThat(entry.getString("endpoint")).isEqualTo("/api/imports");
        assertThat(entry.getString("method")).isEqualTo("POST");
        assertThat(entry.getInt("status")).isEqualTo(202);
    }

    @Test
    void shouldRecordARefusedQuery() {
        TestUsers.as("importer").when().get("/api/companies/" + COMPANY).then().statusCode(403);
        JsonPath entry = TestUsers.as("admin").queryParam("user", "test-importer").queryParam("limit", 1)
                .when().get("/api/audit").then().statusCode(200).extract().jsonPath().setRootPath("[0]");
        assertThat(entry.getString("path")).isEqualTo("/api/companies/" + COMPANY);
        assertThat(entry.getInt("status")).isEqualTo(403);
    }

    @Test
    void shouldVerifyTheHashChainOfTheTrail() {
        TestUsers.as("analyst").when().get("/api/companies/" + COMPANY).then().statusCode(200);
        TestUsers.as("admin").when().get("/api/audit/verify").then().statusCode(200)
                .body("valid", is(true));
    }

    private static JsonPath newest(String user, String subject) {
        return TestUsers.as("admin").queryParam("user", user).queryParam("subject", subject).queryParam("limit", 1)
                .when().get("/api/audit").then().statusCode(200).body("size()", is(1))
                .extract().jsonPath().setRootPath("[0]");
    }
}
