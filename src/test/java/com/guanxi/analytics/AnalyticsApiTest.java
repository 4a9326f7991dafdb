package com.guanxi.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.guanxi.ingest.ImportService;
import com.guanxi.testsupport.SampleGraph;
import com.guanxi.testsupport.Truth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.guanxi.testsupport.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** Analytics runs over the imported sample, through the API. */
@QuarkusTest
class AnalyticsApiTest {

    static final LocalDate AS_OF = LocalDate.parse("2024-06-30");

    @Inject
    ImportService imports;
    @Inject
    AnalyticsService analytics;

    @BeforeEach
    void givenTheSampleIsImportedAndAnalysed() {
        SampleGraph.ensureImported(imports);
        if (analytics.latest().filter(s -> s.asOf().equals(AS_OF)).isEmpty()) analytics.runNow(AS_OF);
    }

    @Test
    void shouldRunAnalyticsAsOfADateAndReportTimingsAndCounts() throws InterruptedException {
        String runId = as("importer").contentType(ContentType.JSON).body(Map.of("asOf", "2024-06-30"))
                .when().post("/api/analytics/runs").then().statusCode(202).extract().path("runId");
        String state = "running";
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while ("running".equals(state) && System.nanoTime() < deadline) {
            Thread.sleep(300);
            state = as("analyst").when().get("/api/analytics/runs/" + runId).then().statusCode(200).extract().path("state");
        }
        assertThat(state).isEqualTo("done");
        as("analyst").when().get("/api/analytics/runs/" + runId).then()
                .body("asOf", is("2024-06-30"))
                .body("version", is(AnalyticsService.VERSION))
                .body("timings.guaranteeNetwork", notNullValue())
                .body("counts.companies", is(300));
    }

    @Test
    void shouldReportMutualGuaranteePairsBetweenRegistryCompaniesAsInTruth() {
        // Pairs of companies named by USCC in both directions resolve exactly even with the baseline linker.
        var snapshot = analytics.latest().orElseThrow();
        var found = snapshot.guarantees().all().mutualPairs().stream()
                .map(p -> List.of(p.first(), p.second()).stream().sorted().toList()).toList();
        for (JsonNode pair : Truth.get().get("guarantee").get("mutualPairs")) {
            List<String> expected = List.of(pair.get(0).asText(), pair.get(1).asText()).stream().sorted().toList();
            if (snapshot.registry().contains(expected.get(0)) && snapshot.registry().contains(expected.get(1))
                    && snapshot.guarantees().all().graph().contains(expected.get(0))) {
                assertThat(found).contains(expected);
            }
        }
    }

    @Test
    void shouldDescribeControlOfACompany() {
        var snapshot = analytics.latest().orElseThrow();
        var controlled = snapshot.equity().control().outcomes().values().stream()
                .filter(o -> o.ultimateController() != null).findFirst().orElseThrow();
        as("analyst").when().get("/api/companies/" + controlled.companyId() + "/control").then().statusCode(200)
                .body("ultimateController.id", is(controlled.ultimateController()))
                .body("controlPath.id", is(controlled.controlPath()))
                .body("asOf", is("2024-06-30"));
        as("analyst").when().get("/api/companies/NOPE-0000/control").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldDrawTheOwnershipTreeUpwardsWithDirectAndIntegratedRatios() {
        var snapshot = analytics.latest().orElseThrow();
        var controlled = snapshot.equity().control().outcomes().values().stream()
                .filter(o -> o.controlPath().size() >= 3).findFirst().orElseThrow();
        as("analyst").queryParam("direction", "up").queryParam("depth", 5)
                .when().get("/api/companies/" + controlled.companyId() + "/ownership").then().statusCode(200)
                .body("id", is(controlled.companyId()))
                .body("children.id", hasItem(controlled.controlPath().get(controlled.controlPath().size() - 2)))
                .body("children.find { it.onControlPath }.direct", notNullValue())
                .body("children.find { it.onControlPath }.integrated", notNullValue());
    }

    @Test
    void shouldListGuaranteeCirclesAndOneCircleWithItsEdges() {
        var circles = as("analyst").queryParam("minSize", 3).when().get("/api/guarantee-circles").then().statusCode(200)
                .body("size", everyItem(greaterThanOrEqualTo(3))).extract().jsonPath().getList("id", String.class);
        assertThat(circles).isNotEmpty();
        as("analyst").when().get("/api/guarantee-circles/" + circles.get(0)).then().statusCode(200)
                .body("edges.size()", greaterThanOrEqualTo(2))
                .body("members.size()", greaterThanOrEqualTo(3));
    }

    @Test
    void shouldListAssociatedPartiesWithTheirPaths() {
        as("approver").queryParam("depth", 1).when().get("/api/companies/91120101455490325F/associated").then().statusCode(200)
                .body("path", everyItem(notNullValue()))
                .body("relations", everyItem(notNullValue()));
        as("approver").queryParam("depth", 2).when().get("/api/companies/91120101455490325F/associated").then().statusCode(200);
        as("approver").queryParam("depth", 9).when().get("/api/companies/91120101455490325F/associated").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
