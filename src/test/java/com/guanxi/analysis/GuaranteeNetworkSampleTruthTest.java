package com.guanxi.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.guanxi.analysis.SampleDataset.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The guarantee-network analysis of the public sample under perfect resolution must agree 100% with truth.json
 * (asOf 2024-06-30, default thresholds).
 */
class GuaranteeNetworkSampleTruthTest {
    private static SampleDataset sample;
    private static JsonNode truth;
    private static GuaranteeNetworkResult result;

    @BeforeAll
    static void analyseSample() {
        sample = SampleDataset.load();
        truth = sample.truth.get("guarantee");
        result = GuaranteeNetworkAnalysis.analyse(sample.guaranteeProjection(), sample.registry(), sample.asOf,
                AnalysisParams.defaults());
    }

    @Test
    void shouldBuildTheTruthActiveGraphWithParallelContractsSummed() {
        // Given the truth's active edges: guarantor, borrower, summed amount, contracts
        Map<String, JsonNode> expected = new HashMap<>();
        truth.get("edges").forEach(e -> expected.put(e.get(0).asText() + ">" + e.get(1).asText(), e));

        // When G is built as of the truth date
        List<GuaranteeEdge> edges = result.all().graph().edges();

        // Then it has exactly those edges, amounts and contracts
        assertThat(edges).hasSize(expected.size());
        for (GuaranteeEdge edge : edges) {
            JsonNode e = expected.get(edge.guarantorId() + ">" + edge.borrowerId());
            assertThat(e).as("edge %s -> %s", edge.guarantorId(), edge.borrowerId()).isNotNull();
            assertThat(edge.amountYuan()).isEqualTo(e.get(2).asDouble());
            assertThat(edge.contractIds()).containsExactlyInAnyOrderElementsOf(strings(e.get(3)));
        }
    }

    @Test
    void shouldFindExactlyTheTruthMutualPairs() {
        List<List<String>> expected = new ArrayList<>();
        truth.get("mutualPairs").forEach(p -> expected.add(strings(p).stream().sorted().toList()));

        List<List<String>> found = result.all().mutualPairs().stream().map(p -> List.of(p.first(), p.second())).toList();

        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldFindTheTruthLoopsEachMemberWithAValidShortestCycle() {
        GuaranteeGraph g = result.all().graph();
        Map<Set<String>, JsonNode> expected = new HashMap<>();
        truth.get("loops").forEach(l -> expected.put(new HashSet<>(strings(l.get("members"))), l));

        assertThat(result.all().loops()).hasSize(expected.size());
        for (GuaranteeLoop loop : result.all().loops()) {
            JsonNode l = expected.get(new HashSet<>(loop.members()));
            assertThat(l).as("loop %s", loop.members()).isNotNull();
            assertThat(loop.size()).isEqualTo(l.get("size").asInt());
            assertThat(loop.evidence().keySet()).containsExactlyInAnyOrderElementsOf(loop.members());
            loop.evidence().forEach((member, cycle) -> {
                assertThat(cycle.get(0)).isEqualTo(member);
                assertThat(new HashSet<>(cycle)).as("simple").hasSize(cycle.size());
                for (int i = 0; i < cycle.size(); i++) {
                    String from = cycle.get(i);
                    String to = cycle.get((i + 1) % cycle.size());
                    assertThat(g.givenTotal(from)).isPositive();
                    assertThat(hasEdge(g, from, to)).as("edge %s -> %s", from, to).isTrue();
                }
                assertThat(cycle).as("shortest through %s", member)
                        .hasSameSizeAs(strings(l.get("evidence").get(member)));
            });
        }
    }

    @Test
    void shouldFindTheTruthCirclesWithEveryFigure() {
        assertCircles(result.all().circles(), truth.get("circles"));
    }

    @Test
    void shouldFindTheTruthCirclesWhenPersonGuarantorsAreLeftOut() {
        assertCircles(result.companiesOnly().circles(), truth.get("companiesOnly").get("circles"));
    }

    @Test
    void shouldGiveEveryNodeTheTruthLongestChain() {
        assertChains(result.all().chains(), truth.get("longestChain"), truth.get("longChainMembers"));
    }

    @Test
    void shouldGiveEveryNodeTheTruthLongestChainWhenPersonGuarantorsAreLeftOut() {
        JsonNode companiesOnly = truth.get("companiesOnly");
        assertChains(result.companiesOnly().chains(), companiesOnly.get("longestChain"),
                companiesOnly.get("longChainMembers"));
    }

    @Test
    void shouldProveEachLongChainWithConnectedCondensationEdgesThroughTheMember() {
        GuaranteeGraph g = result.all().graph();
        NodePartition scc = g.strongComponents();
        GuaranteeChains chains = result.all().chains();
        for (String member : chains.longChainMembers()) {
            List<GuaranteeEdge> witness = chains.chainThrough(member);

            assertThat(witness).hasSize(chains.longestChain(member));
            int memberComponent = scc.component(g.indexOf(member));
            boolean touchesMember = false;
            for (int i = 0; i < witness.size(); i++) {
                GuaranteeEdge e = witness.get(i);
                int from = scc.component(g.indexOf(e.guarantorId()));
                int to = scc.component(g.indexOf(e.borrowerId()));
                assertThat(hasEdge(g, e.guarantorId(), e.borrowerId())).isTrue();
                assertThat(from).as("condensation edge").isNotEqualTo(to);
                if (i > 0) assertThat(from).isEqualTo(scc.component(g.indexOf(witness.get(i - 1).borrowerId())));
                touchesMember |= from == memberComponent || to == memberComponent;
            }
            assertThat(touchesMember).as("chain of %s passes its component", member).isTrue();
        }
    }

    @Test
    void shouldTagTheTruthOverGuaranteedCompanies() {
        OverGuaranteeFindings found = result.overGuarantee();
        Map<String, JsonNode> expected = new HashMap<>();
        truth.get("overGuarantee").forEach(o -> expected.put(o.get("id").asText(), o));

        assertThat(found.overGuaranteed()).extracting(OverGuaranteedCompany::id)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (OverGuaranteedCompany c : found.overGuaranteed()) {
            JsonNode o = expected.get(c.id());
            assertThat(c.totalActiveYuan()).isEqualTo(o.get("totalActive").asDouble());
            assertThat(c.registeredCapitalYuan()).isEqualTo(o.get("registeredCapital").asDouble());
            assertThat(c.ratio()).isCloseTo(o.get("ratio").asDouble(), within(1e-6));
        }
        assertThat(found.currencyDependent())
                .containsExactlyInAnyOrderElementsOf(strings(truth.get("overGuaranteeCurrencyDependent")));
        assertThat(found.capitalUnknown())
                .containsExactlyInAnyOrderElementsOf(strings(truth.get("overGuaranteeCapitalUnknown")));
    }

    @Test
    void shouldTagTheTruthRevokedOrCancelledCompaniesOnActiveContracts() {
        List<String> expected = new ArrayList<>();
        truth.get("abnormalStatus").forEach(a -> expected.add(a.get("id").asText() + "|" + a.get("status").asText()
                + "|" + a.get("asGuarantor").asBoolean() + "|" + a.get("asBorrower").asBoolean()));

        List<String> found = result.abnormalStatus().stream()
                .map(a -> a.id() + "|" + a.status() + "|" + a.asGuarantor() + "|" + a.asBorrower()).toList();

        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static boolean hasEdge(GuaranteeGraph g, String from, String to) {
        int u = g.indexOf(from);
        int v = g.indexOf(to);
        return u >= 0 && v >= 0 && g.csr.edge(u, v) >= 0;
    }

    private static void assertCircles(List<GuaranteeCircle> circles, JsonNode expectedCircles) {
        Map<List<String>, JsonNode> expected = new HashMap<>();
        expectedCircles.forEach(c -> expected.put(strings(c.get("members")).stream().sorted().toList(), c));
        assertThat(circles).extracting(GuaranteeCircle::members).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (GuaranteeCircle circle : circles) {
            JsonNode c = expected.get(circle.members());
            assertThat(circle.size()).isEqualTo(c.get("size").asInt());
            assertThat(circle.totalAmountYuan()).isEqualTo(c.get("totalAmount").asDouble());
            assertThat(circle.edges()).isEqualTo(c.get("edges").asInt());
            assertThat(circle.companyMembers()).isEqualTo(c.get("companyMembers").asInt());
            assertThat(circle.hasLoop()).isEqualTo(c.get("hasLoop").asBoolean());
            assertThat(circle.hasMutual()).isEqualTo(c.get("hasMutual").asBoolean());
            assertThat(circle.maxOutExposure()).isEqualTo(c.get("maxOutExposure").asText());
            assertThat(circle.maxInExposure()).isEqualTo(c.get("maxInExposure").asText());
        }
    }

    private static void assertChains(GuaranteeChains chains, JsonNode expectedLengths, JsonNode expectedMembers) {
        Map<String, Integer> expected = new HashMap<>();
        SampleDataset.forEachField(expectedLengths, (node, length) -> expected.put(node, length.asInt()));
        assertThat(chains.lengths()).isEqualTo(expected);
        assertThat(chains.longChainMembers()).containsExactlyInAnyOrderElementsOf(strings(expectedMembers));
    }
}
