package com.guanxi.tags;

import com.fasterxml.jackson.databind.JsonNode;
import com.guanxi.analytics.AnalyticsService;
import com.guanxi.ingest.ImportService;
import com.guanxi.testsupport.SampleGraph;
import com.guanxi.testsupport.Truth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.guanxi.testsupport.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class AssociatedPartyApiTest {

    @Inject
    ImportService imports;
    @Inject
    AnalyticsService analytics;

    @BeforeEach
    void givenTheSampleTaggedAsOfTheTruthDate() {
        SampleGraph.ensureImported(imports);
        analytics.runNow(TruthTags.AS_OF);
    }

    @Test
    void shouldListGuaranteeCounterpartiesWithTheirPathAndTags() {
        // Given a member of a truth loop and, from truth's edges, whom it guarantees and who guarantees it
        JsonNode loop = Truth.get().get("guarantee").get("loops").get(0);
        String member = loop.get("members").get(0).asText();
        String guaranteed = null;
        String guarantor = null;
        for (JsonNode e : Truth.get().get("guarantee").get("edges")) {
            if (e.get(0).asText().equals(member)) guaranteed = e.get(1).asText();
            if (e.get(1).asText().equals(member)) guarantor = e.get(0).asText();
        }

        // When
        JsonPath parties = as("admin").when().get("/api/companies/" + member + "/associated").then().statusCode(200)
                .extract().jsonPath();

        // Then both appear with their relation, the direct path and their own GUARANTEE_LOOP tag
        Map<String, Object> out = parties.getMap("find { it.id == '" + guaranteed + "' }");
        assertThat(parties.getList("find { it.id == '" + guaranteed + "' }.relations", String.class)).contains("guaranteed");
        assertThat(out.get("path")).isEqualTo(List.of(member, guaranteed));
        assertThat(parties.getList("find { it.id == '" + guaranteed + "' }.tags.code", String.class)).contains("GUARANTEE_LOOP");
        Map<String, Object> in = parties.getMap("find { it.id == '" + guarantor + "' }");
        assertThat(parties.getList("find { it.id == '" + guarantor + "' }.relations", String.class)).contains("guarantor");
        assertThat(parties.getString("find { it.id == '" + guarantor + "' }.type")).isEqualTo("Company");
    }

    @Test
    void shouldFilterByRelationTypeAndRefuseAnUnknownOne() {
        String member = Truth.get().get("guarantee").get("loops").get(0).get("members").get(0).asText();

        List<List<String>> relations = as("admin").queryParam("types", "guarantor").when()
                .get("/api/companies/" + member + "/associated").then().statusCode(200).extract().path("relations");
        assertThat(relations).isNotEmpty().allSatisfy(r -> assertThat(r).contains("guarantor"));

        as("admin").queryParam("types", "cousin").when().get("/api/companies/" + member + "/associated")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
