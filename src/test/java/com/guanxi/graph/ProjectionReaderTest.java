package com.guanxi.graph;

import com.guanxi.analysis.CaseParty;
import com.guanxi.analysis.CompanyFacts;
import com.guanxi.analysis.GuaranteeContract;
import com.guanxi.analysis.Holding;
import com.guanxi.analysis.PartyKind;
import com.guanxi.analysis.Serving;
import com.guanxi.ingest.ImportService;
import com.guanxi.testsupport.SampleGraph;
import com.guanxi.testsupport.Truth;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded service reads its projections in process; an external server is read over Bolt. On the sample both
 * ways give the same inputs, row for row: the registry with every company's facts, every holding, every guarantee
 * contract, every position and every case party.
 */
@QuarkusTest
class ProjectionReaderTest {

    @Inject
    ImportService imports;
    @Inject
    Driver driver;
    @Inject
    EmbeddedNeo4j embedded;
    @Inject
    CypherCatalogue cypher;
    @Inject
    ManagedExecutor executor;

    @Inject
    ProjectionReader service;

    private ProjectionReader scanning;
    private ProjectionReader inProcess;
    private ProjectionReader bolt;

    @BeforeEach
    void givenTheSampleAndBothWaysOfReadingIt() {
        SampleGraph.ensureImported(imports);
        var database = embedded.database().orElseThrow();
        scanning = ProjectionReader.scanning(database, BulkRows.inProcess(database, Duration.ofMinutes(5)), cypher,
                Duration.ofMinutes(5));
        inProcess = new ProjectionReader(BulkRows.inProcess(database, Duration.ofMinutes(5)), cypher);
        bolt = new ProjectionReader(BulkRows.bolt(driver, Duration.ofMinutes(5)), cypher);
    }

    @Test
    void shouldReadTheSameInputsInProcessAsOverBolt() {
        assertSameInputs(inProcess.load(executor), bolt.load(executor));

        List<Serving> servings = inProcess.servings();
        assertThat(servings).isNotEmpty().containsExactlyInAnyOrderElementsOf(bolt.servings());

        List<CaseParty> parties = inProcess.caseParties();
        assertThat(parties).containsExactlyInAnyOrderElementsOf(bolt.caseParties());
    }

    @Test
    void shouldScanTheSameInputsAsTheCypherStatementsRead() {
        assertSameInputs(scanning.load(executor), bolt.load(executor));
    }

    @Test
    void shouldScanInTheServiceThatRunsItsDatabase() {
        // The scan reads persons by label on their own; the statements read a party's kind per row.
        assertThat(service.load(executor).timings()).containsKey("loadPersons");
        assertThat(bolt.load(executor).timings()).doesNotContainKey("loadPersons");
    }

    private static void assertSameInputs(ProjectionReader.Inputs a, ProjectionReader.Inputs b) {
        // Every registry company of the sample, with the same facts either way.
        Map<String, CompanyFacts> companies = byKey(a.registry().companies(), CompanyFacts::id);
        List<String> truthCompanies = new ArrayList<>();
        Truth.get().path("equity").path("control").fieldNames().forEachRemaining(truthCompanies::add);
        assertThat(truthCompanies).hasSize(Truth.get().path("counts").path("companies").asInt());
        assertThat(companies).containsKeys(truthCompanies.toArray(String[]::new))
                .isEqualTo(byKey(b.registry().companies(), CompanyFacts::id));
        assertThat(companies.values()).as("facts with capital, status and a legal representative")
                .anyMatch(f -> f.registeredCapital() != null && f.status() != null && f.legalRepresentativeId() != null);

        List<Holding> holdings = a.holdings().holdings();
        assertThat(holdings).isNotEmpty().containsExactlyInAnyOrderElementsOf(b.holdings().holdings());
        assertThat(holdings).as("holdings with a date").anyMatch(h -> h.since() != null);

        List<GuaranteeContract> contracts = a.guarantees().contracts();
        assertThat(contracts).isNotEmpty().containsExactlyInAnyOrderElementsOf(b.guarantees().contracts());
        assertThat(contracts).as("contracts with dates, released ones").anyMatch(c -> c.start() != null && c.end() != null)
                .anyMatch(c -> c.status() == GuaranteeContract.Status.RELEASED);
        assertThat(holdings).as("holdings by persons and by registry companies")
                .anyMatch(h -> h.holderKind() == PartyKind.PERSON).anyMatch(h -> h.holderKind() == PartyKind.COMPANY);
    }

    @Test
    void shouldGivePlainValuesOfEveryKindAlikeBothWays() {
        // A list property comes out of the embedded database as a Java array (here: an array parameter), over Bolt
        // as a list; integers, floats, booleans, dates, nulls and nested lists must come out alike too.
        String statement = "RETURN [1, 2.5, true, date('2024-06-30'), null, 'x', ['a', 'b'], $numbers] AS row";
        List<List<Object>> a = BulkRows.inProcess(embedded.database().orElseThrow(), Duration.ofMinutes(1))
                .read(statement, Map.of("numbers", new long[]{1, 2}), ArrayList::new, List::add);
        List<List<Object>> b = BulkRows.bolt(driver, Duration.ofMinutes(1))
                .read(statement, Map.of("numbers", List.of(1L, 2L)), ArrayList::new, List::add);
        List<Object> expected = Arrays.asList(1L, 2.5, true, LocalDate.parse("2024-06-30"), null, "x", List.of("a", "b"),
                List.of(1L, 2L));
        assertThat(a).containsExactly(expected);
        assertThat(b).containsExactly(expected);
    }

    private static <T> Map<String, T> byKey(Iterable<T> items, Function<T, String> key) {
        Map<String, T> out = new HashMap<>();
        for (T item : items) out.put(key.apply(item), item);
        return out;
    }
}
