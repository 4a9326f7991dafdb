package com.guanxi.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.guanxi.analysis.SampleDataset.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The equity analysis of the public sample under perfect resolution must agree 100% with truth.json
 * (asOf 2024-06-30, default thresholds); shares within 1e-9.
 */
class EquitySampleTruthTest {
    private static final double SHARE_TOLERANCE = 1e-9;
    private static SampleDataset sample;
    private static JsonNode truth;
    private static EquityResult result;
    private static IntegratedOwnership integrated;

    @BeforeAll
    static void analyseSample() {
        sample = SampleDataset.load();
        truth = sample.truth.get("equity");
        result = EquityAnalysis.analyse(sample.ownershipProjection(), sample.registry(), sample.asOf,
                AnalysisParams.defaults());
        integrated = new IntegratedOwnership(sample.ownershipProjection().asOf(sample.asOf));
    }

    @Test
    void shouldFindTheTruthUltimateControllerBasisPathAndGroupOfEveryCompany() {
        JsonNode expected = truth.get("control");
        assertThat(result.control().outcomes().keySet()).containsExactlyInAnyOrderElementsOf(fieldNames(expected));
        assertThat(result.control().converged()).isTrue();
        SampleDataset.forEachField(expected, (company, e) -> {
            ControlOutcome found = result.control().outcomes().get(company);
            assertThat(found.ultimateController()).as("controller of %s", company)
                    .isEqualTo(textOrNull(e.get("ultimateController")));
            assertThat(typeName(found.ultimateControllerType())).as("type of %s", company)
                    .isEqualTo(textOrNull(e.get("ultimateControllerType")));
            assertThat(found.basis() == null ? null : found.basis().name().toLowerCase())
                    .as("basis of %s", company).isEqualTo(textOrNull(e.get("basis")));
            assertThat(found.controlPath()).as("path of %s", company).isEqualTo(strings(e.get("controlPath")));
            JsonNode group = e.get("group");
            if (group.isNull()) {
                assertThat(found.group()).as("group of %s", company).isNull();
            } else {
                assertThat(found.group()).as("group of %s", company)
                        .isEqualTo(new GroupRef(group.get("rootId").asText(), group.get("size").asInt()));
            }
        });
    }

    @Test
    void shouldFindTheTruthBeneficialOwnersOfEveryCompany() {
        JsonNode expected = truth.get("beneficialOwners");
        assertThat(result.beneficialOwners().keySet()).containsExactlyInAnyOrderElementsOf(fieldNames(expected));
        SampleDataset.forEachField(expected, (company, owners) -> {
            List<BeneficialOwner> found = result.beneficialOwners().get(company);
            assertThat(found).as("owners of %s", company).hasSize(owners.size());
            for (int i = 0; i < owners.size(); i++) {
                JsonNode o = owners.get(i);
                assertThat(found.get(i).personId()).as("owner %d of %s", i, company).isEqualTo(o.get("id").asText());
                assertThat(found.get(i).basis().name().toLowerCase()).isEqualTo(o.get("basis").asText());
                assertThat(found.get(i).share()).isCloseTo(o.get("share").asDouble(), within(SHARE_TOLERANCE));
            }
        });
    }

    @Test
    void shouldFindTheTruthGroups() {
        List<String> expected = new ArrayList<>();
        truth.get("groups").forEach(g -> expected.add(g.get("root").asText() + "|" + g.get("rootType").asText() + "|"
                + strings(g.get("members")).stream().sorted().toList() + "|" + g.get("size").asInt()));

        List<String> found = result.control().groups().stream()
                .map(g -> g.root() + "|" + typeName(g.rootType()) + "|" + g.members() + "|" + g.size()).toList();

        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldMatchEveryTruthIntegratedShareAndMissNoneOfAtLeastOnePercent() {
        Map<String, Double> expected = new HashMap<>();
        truth.get("integratedOwnership").forEach(t -> expected.put(t.get(0).asText() + ">" + t.get(1).asText(),
                t.get(2).asDouble()));
        Map<String, Double> found = new HashMap<>();
        result.integratedOwnership().forEach(s -> found.put(s.holderId() + ">" + s.companyId(), s.share()));

        expected.forEach((pair, share) -> {
            String[] ids = pair.split(">");
            double mine = found.containsKey(pair) ? found.get(pair) : integrated.share(ids[0], ids[1]);
            assertThat(mine).as("share %s", pair).isCloseTo(share, within(SHARE_TOLERANCE));
        });
        found.forEach((pair, share) -> {
            if (share >= 0.01 + SHARE_TOLERANCE) assertThat(expected).as("listed in truth").containsKey(pair);
        });
    }

    @Test
    void shouldFindTheTruthOwnershipCyclesAndCrossHoldingCompanies() {
        List<List<String>> expected = new ArrayList<>();
        truth.get("ownershipCycles").forEach(c -> expected.add(strings(c).stream().sorted().toList()));

        assertThat(result.crossHoldings().cycles()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.crossHoldings().crossHolding())
                .containsExactlyInAnyOrderElementsOf(strings(truth.get("crossHolding")));
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** truth.json spells kinds Person / Company / External. */
    private static String typeName(PartyKind kind) {
        if (kind == null) return null;
        String name = kind.name().toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
