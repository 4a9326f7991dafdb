package com.guanxi.analytics;

import com.guanxi.analysis.ControlOutcome;
import com.guanxi.analysis.GuaranteeCircle;
import com.guanxi.analysis.SharedContactCluster;
import com.guanxi.graph.AnalyticsStore;
import com.guanxi.graph.BulkRows;
import com.guanxi.graph.CypherCatalogue;
import com.guanxi.graph.Statement;
import com.guanxi.ingest.ImportService;
import com.guanxi.testsupport.SampleGraph;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After every run the graph holds exactly that run's results — whether the run rewrote everything or wrote only what
 * changed since the run before. Runs alternate between dates whose active guarantees and holdings differ, so the
 * later runs have changes to write (and to take back).
 */
@QuarkusTest
class WriteBackTest {

    @Inject
    ImportService imports;
    @Inject
    AnalyticsService analytics;
    @Inject
    Driver driver;
    @Inject
    AnalyticsStore store;
    @Inject
    CypherCatalogue cypher;

    @Test
    void shouldLeaveTheGraphHoldingTheLatestRunsResultsAfterRunsOnOtherDates() {
        SampleGraph.ensureImported(imports);
        List<LocalDate> dates = List.of(LocalDate.parse("2024-06-30"), LocalDate.parse("2019-01-01"),
                LocalDate.parse("2024-06-30"));
        AnalyticsSnapshot previous = null;
        for (LocalDate asOf : dates) {
            AnalyticsSnapshot s = analytics.runNow(asOf);
            assertGraphHolds(s);
            if (previous != null) {
                // The dates differ in what is active, so some results change.
                assertThat(((Number) runCounts(s.runId()).get("companiesWritten")).intValue())
                        .as("results written by the run as of %s after one as of %s", asOf, previous.asOf()).isPositive();
            }
            previous = s;
        }
        // The same date again: nothing to write.
        AnalyticsSnapshot again = analytics.runNow(dates.get(2));
        assertGraphHolds(again);
        Map<String, Object> counts = runCounts(again.runId());
        assertThat(counts.get("companiesWritten")).isEqualTo(0);
        assertThat(counts.get("controlsWritten")).isEqualTo(0);
        assertThat(counts.get("circlesWritten")).isEqualTo(0);
        assertThat(counts.get("contactPairsWritten")).isEqualTo(0);
    }

    private void assertGraphHolds(AnalyticsSnapshot s) {
        // What a run after a restart reads back from the graph is what this run wrote: nothing left to change.
        WriteBackRows.Changes left = WriteBackRows.diff(WriteBackRows.stored(store, ForkJoinPool.commonPool()),
                WriteBackRows.of(s));
        assertThat(left.companies()).isEmpty();
        assertThat(left.circles()).isEmpty();
        assertThat(left.removedCircles()).isEmpty();
        left.addedContacts().values().forEach(rows -> assertThat(rows).isEmpty());
        left.removedContacts().values().forEach(rows -> assertThat(rows).isEmpty());

        // The embedded service scans the stored results; an external server is read by the statements: same rows.
        BulkRows bolt = BulkRows.bolt(driver, Duration.ofMinutes(5));
        List<List<Object>> scanned = new ArrayList<>();
        store.storedCompanyResults(scanned::add);
        assertThat(scanned).hasSize(s.registry().size()).containsExactlyInAnyOrderElementsOf(bolt.read(
                cypher.get(Statement.ANALYTICS_STORED_COMPANY_RESULTS), Map.of(), ArrayList::new, List::add));
        scanned.clear();
        store.storedSharedContacts(scanned::add);
        assertThat(scanned).isNotEmpty().containsExactlyInAnyOrderElementsOf(bolt.read(
                cypher.get(Statement.ANALYTICS_STORED_SHARED_CONTACTS), Map.of(), ArrayList::new, List::add));

        // CONTROLS: one per controlled company, from its ultimate controller, with basis and path.
        Set<List<Object>> controls = new HashSet<>();
        for (ControlOutcome o : s.equity().control().outcomes().values()) {
            if (o.ultimateController() == null) continue;
            controls.add(java.util.Arrays.asList(o.ultimateController(), o.companyId(),
                    o.basis() == null ? null : o.basis().name().toLowerCase(Locale.ROOT), o.controlPath()));
        }
        assertThat(Set.copyOf(rows("MATCH (x)-[r:CONTROLS]->(c) RETURN [x.id, c.id, r.basis, r.path] AS row")))
                .isEqualTo(controls);

        // Per-company results.
        Map<String, String> circleOf = new HashMap<>();
        for (GuaranteeCircle c : s.guarantees().all().circles()) {
            c.members().forEach(m -> circleOf.put(m, AnalyticsService.circleId(c)));
        }
        Set<List<Object>> companies = new HashSet<>();
        for (var facts : s.registry().companies()) {
            ControlOutcome o = s.equity().control().outcomes().get(facts.id());
            companies.add(java.util.Arrays.asList(facts.id(), o == null ? null : o.ultimateController(),
                    o == null || o.group() == null ? null : o.group().rootId(),
                    (long) s.guarantees().all().chains().longestChain(facts.id()), circleOf.get(facts.id())));
        }
        assertThat(Set.copyOf(rows("MATCH (c:Company) WHERE c.registry = true "
                + "RETURN [c.id, c.ultimateControllerId, c.groupRootId, c.longestChain, c.circleId] AS row")))
                .isEqualTo(companies);

        // Circles with their members.
        Set<List<Object>> circles = new HashSet<>();
        for (GuaranteeCircle c : s.guarantees().all().circles()) {
            circles.add(List.of(AnalyticsService.circleId(c), (long) c.size(), c.members()));
        }
        assertThat(Set.copyOf(rows("MATCH (g:GuaranteeCircle)<-[:IN_CIRCLE]-(m) WITH g, m ORDER BY m.id "
                + "WITH g, collect(m.id) AS members RETURN [g.id, g.size, members] AS row"))).isEqualTo(circles);

        // SAME_*: every pair of a cluster of up to 30 companies, a star from the first member of a larger one.
        Set<List<Object>> pairs = new HashSet<>();
        for (SharedContactCluster cluster : s.sharedContacts().clusters()) {
            String type = "SAME_" + cluster.type().name();
            List<String> m = cluster.members();
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    if (m.size() > 30 && i > 0) break;
                    pairs.add(List.of(type, m.get(i), m.get(j), cluster.value()));
                }
            }
        }
        List<List<Object>> stored = rows("MATCH (a)-[r:SAME_ADDRESS|SAME_PHONE|SAME_EMAIL]->(b) "
                + "RETURN [type(r), a.id, b.id, r.value] AS row");
        assertThat(stored).doesNotHaveDuplicates();
        assertThat(Set.copyOf(stored)).isEqualTo(pairs);
    }

    private Map<String, Object> runCounts(String runId) {
        Object counts = analytics.run(runId).orElseThrow().get("counts");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) counts;
        return map;
    }

    private List<List<Object>> rows(String query) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query).list(r -> r.get("row").asList(v -> v.isNull() ? null
                    : v.asObject())));
        }
    }
}
