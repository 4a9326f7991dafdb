package com.guanxi.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.guanxi.analytics.AnalyticsService;
import com.guanxi.ingest.ImportService;
import com.guanxi.testsupport.SampleGraph;
import com.guanxi.testsupport.SharedData;
import com.guanxi.testsupport.Truth;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.guanxi.testsupport.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** The decision API on the sample tagged as of 2024-06-30, against the shipped rulesets and truth.json. */
@QuarkusTest
class DecisionApiTest {

    @Inject
    ImportService imports;
    @Inject
    AnalyticsService analytics;

    private static boolean tagged;

    @BeforeEach
    void givenTheSampleTaggedAsOfTheTruthDate() {
        SampleGraph.ensureImported(imports);
        if (!tagged) {
            analytics.runNow(LocalDate.parse("2024-06-30"));
            tagged = true;
        }
    }

    @Test
    void shouldApproveAnApplicantWithoutRiskTagsNamedByItsExactName() {
        // Given a company that truth.json shows clean (controlled, in no group, guarantee, cluster, cycle or case)
        Map.Entry<String, String> clean = cleanCompany();

        // When it applies for a small amount, named by its registered name
        JsonPath answer = as("admin").contentType(ContentType.JSON)
                .body(Map.of("applicant", clean.getValue(), "guarantors", List.of(), "amount", 1_000_000,
                        "product", "working-capital"))
                .when().post("/api/decisions").then().statusCode(200).extract().jsonPath();

        // Then the name resolves to the company, and the default ruleset approves with the full base score
        assertThat(answer.getString("applicant")).isEqualTo(clean.getKey());
        assertThat(answer.getString("decision")).isEqualTo("approve");
        assertThat(answer.getInt("score")).isEqualTo(100);
        assertThat(answer.getList("reasons")).isEmpty();
        assertThat(answer.getString("rulesetVersion")).isEqualTo("1");
        assertThat(answer.getString("asOf")).isEqualTo("2024-06-30");
    }

    @Test
    void shouldRejectAnApplicantInAGuaranteeLoopCitingTheShortestCycle() {
        // Given a company in a truth loop, with truth's shortest cycle through it
        JsonNode loop = Truth.get().get("guarantee").get("loops").get(0);
        String member = loop.get("members").get(0).asText();
        int cycleLength = loop.get("evidence").get(member).size();
        Set<String> edges = new HashSet<>();
        Truth.get().get("guarantee").get("edges").forEach(e -> edges.add(e.get(0).asText() + ">" + e.get(1).asText()));

        // When
        JsonPath answer = as("admin").contentType(ContentType.JSON)
                .body(Map.of("applicant", member, "guarantors", List.of(), "amount", 1_000_000))
                .when().post("/api/decisions").then().statusCode(200).extract().jsonPath();

        // Then it is rejected by the loop rule, whose reason cites the GUARANTEE_LOOP tag and its cycle
        assertThat(answer.getString("decision")).isEqualTo("reject");
        Map<String, Object> reason = answer.getMap("reasons.find { it.rule == 'applicant-guarantee-loop' }");
        assertThat(reason).containsEntry("tag", "GUARANTEE_LOOP");
        @SuppressWarnings("unchecked")
        List<String> cycle = (List<String>) ((Map<String, Object>) reason.get("evidence")).get("cycle");
        assertThat(cycle).hasSize(cycleLength).startsWith(member);
        for (int i = 0; i < cycle.size(); i++) {
            assertThat(edges).contains(cycle.get(i) + ">" + cycle.get((i + 1) % cycle.size()));
        }
    }

    @Test
    void shouldLogTheChallengerBesideTheChampionWithoutChangingTheAnswer() {
        // Given a clean applicant asking for CNY 20 million without any guarantor: the default ruleset only scores
        // the large amount (100 - 10 = 90, approve); the challenger reviews a large amount without a guarantor
        String applicant = cleanCompany().getKey();

        // When
        String id = as("admin").contentType(ContentType.JSON)
                .body(Map.of("applicant", applicant, "guarantors", List.of(), "amount", 20_000_000))
                .when().post("/api/decisions").then().statusCode(200)
                .body("decision", is("approve")).body("score", is(90))
                .extract().path("id");

        // Then the stored decision keeps the champion's answer and the challenger's disagreeing outcome beside it
        as("admin").when().get("/api/decisions/" + id).then().statusCode(200)
                .body("decision", is("approve"))
                .body("rulesetId", is("credit-default"))
                .body("challenger.rulesetId", is("credit-challenger"))
                .body("challenger.decision", is("review"))
                .body("challenger.agrees", is(false))
                .body("challenger.reasons.rule", hasItem("large-amount-without-guarantor"))
                .body("application.amount", is(20_000_000));
    }

    @Test
    void shouldReplayAStoredDecisionToTheSameOutcomeScoreAndReasons() {
        JsonNode loop = Truth.get().get("guarantee").get("loops").get(0);
        String member = loop.get("members").get(0).asText();
        String id = as("admin").contentType(ContentType.JSON)
                .body(Map.of("applicant", member, "guarantors", List.of(cleanCompany().getKey()), "amount", 3_000_000))
                .when().post("/api/decisions").then().statusCode(200).extract().path("id");

        as("admin").when().post("/api/decisions/" + id + "/replay").then().statusCode(200)
                .body("reproduced", is(true))
                .body("replayed.decision", is("reject"))
                .body("challenger.reproduced", is(true));
    }

    @Test
    void shouldDecideABatchInOrderWithAnErrorForAnUnknownApplicant() {
        String clean = cleanCompany().getKey();
        String inLoop = Truth.get().get("guarantee").get("loops").get(0).get("members").get(0).asText();
        List<Map<String, Object>> requests = List.of(
                Map.of("requestId", "a", "applicant", clean, "amount", 500_000),
                Map.of("requestId", "b", "applicant", inLoop, "amount", 500_000),
                Map.of("requestId", "c", "applicant", "并不存在的测试公司", "amount", 500_000));

        as("admin").contentType(ContentType.JSON).body(Map.of("requests", requests))
                .when().post("/api/decisions/batch").then().statusCode(200)
                .body("count", is(3))
                .body("results[0].decision.decision", is("approve"))
                .body("results[1].decision.decision", is("reject"))
                .body("results[2].error", containsString("并不存在的测试公司"))
                .body("outcomes.approve", is(1)).body("outcomes.reject", is(1)).body("outcomes.error", is(1));
    }

    @Test
    void shouldAnswerUnprocessableForAnUnknownApplicant() {
        as("admin").contentType(ContentType.JSON).body(Map.of("applicant", "并不存在的测试公司", "amount", 1_000_000))
                .when().post("/api/decisions").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("并不存在的测试公司"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownDecision() {
        as("admin").when().get("/api/decisions/D20240101000000-0000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldListTheChampionAndTheChallengerRulesets() {
        as("admin").when().get("/api/rulesets").then().statusCode(200)
                .body("find { it.role == 'champion' }.id", is("credit-default"))
                .body("find { it.role == 'challenger' }.id", is("credit-challenger"));
    }

    /**
     * A registry company truth.json shows free of every tag: it has an ultimate controller, its group (if any) has
     * one company, it is on no guarantee contract, in no shared-contact cluster, on no ownership cycle and party to no
     * case; and its name is unique in companies.csv. The first such company by id.
     */
    static Map.Entry<String, String> cleanCompany() {
        JsonNode t = Truth.get();
        Set<String> busy = new HashSet<>();
        t.get("guarantee").get("contracts").forEach(c -> {
            busy.add(c.get("guarantor").asText());
            busy.add(c.get("borrower").asText());
        });
        t.get("sharedContacts").forEach(c -> c.get("members").forEach(m -> busy.add(m.asText())));
        t.get("equity").get("crossHolding").forEach(m -> busy.add(m.asText()));
        t.get("judgments").forEach(j -> j.get("parties").forEach(p -> busy.add(p.get("entityId").asText())));
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> nameCount = new HashMap<>();
        try (var reader = CsvReader.builder().ofNamedCsvRecord(SharedData.samplesSmall().resolve("companies.csv"),
                StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : reader) {
                if (row.getFieldCount() != row.getHeader().size()) continue;
                names.put(row.getField("uscc").strip(), row.getField("name").strip());
                nameCount.merge(row.getField("name").strip(), 1, Integer::sum);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        TreeSet<String> candidates = new TreeSet<>();
        t.get("equity").get("control").fields().forEachRemaining(e -> {
            JsonNode c = e.getValue();
            boolean grouped = c.get("group") != null && !c.get("group").isNull() && c.get("group").get("size").asInt() >= 2;
            String name = names.get(e.getKey());
            if (!c.get("ultimateController").isNull() && !grouped && !busy.contains(e.getKey()) && name != null
                    && nameCount.get(name) == 1) {
                candidates.add(e.getKey());
            }
        });
        assertThat(candidates).as("clean companies in truth.json").isNotEmpty();
        String id = candidates.first();
        return Map.entry(id, names.get(id));
    }
}
