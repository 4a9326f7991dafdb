package com.guanxi.analysis;

import com.guanxi.ingest.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Guarantee rules of definitions.md on hand-made contracts; expected values from the text. */
class GuaranteeRulesTest {
    private static final LocalDate D = LocalDate.of(2024, 6, 30);

    @Test
    void shouldTagForeignCapitalOnlyWhenARateIsConfigured() {
        // Given A (capital USD 1,000,000) guarantees 8,000,000 yuan, B (CNY 1,000,000) 5,000,000, C's capital unknown
        GuaranteeGraph g = graph(contract("1", "A", "X", 8_000_000), contract("2", "B", "X", 5_000_000),
                contract("3", "C", "X", 1));
        CompanyRegistry registry = CompanyRegistry.of(List.of(company("A", new Money(BigDecimal.valueOf(1_000_000),
                "USD", "100万美元")), company("B", new Money(BigDecimal.valueOf(1_000_000), Money.CNY, "100万")),
                company("C", null)));
        AnalysisParams withRate = new AnalysisParams(3, 3, 3, 10_000, 1.0, Map.of("USD", 7.1),
                Set.of("吊销", "注销"), 0.5, 0.3, 0.25, 0.01, 5);

        // When over-guarantee is checked without and with a USD rate
        OverGuaranteeFindings plain = OverGuarantee.find(g, registry, AnalysisParams.defaults());
        OverGuaranteeFindings converted = OverGuarantee.find(g, registry, withRate);

        // Then A is tagged only with the rate (8,000,000 > 7,100,000 yuan), B always, C never
        assertThat(plain.overGuaranteed()).extracting(OverGuaranteedCompany::id).containsExactly("B");
        assertThat(plain.currencyDependent()).containsExactly("A");
        assertThat(plain.capitalUnknown()).containsExactly("C");
        assertThat(converted.overGuaranteed()).extracting(OverGuaranteedCompany::id).containsExactly("A", "B");
        assertThat(converted.overGuaranteed().get(0).registeredCapitalYuan()).isEqualTo(7_100_000.0);
        assertThat(converted.currencyDependent()).isEmpty();
    }

    @Test
    void shouldNotTagGuaranteesOfExactlyTheRegisteredCapital() {
        GuaranteeGraph g = graph(contract("1", "A", "X", 1_000_000));
        CompanyRegistry registry = CompanyRegistry.of(List.of(company("A",
                new Money(BigDecimal.valueOf(1_000_000), Money.CNY, "100万"))));

        assertThat(OverGuarantee.find(g, registry, AnalysisParams.defaults()).overGuaranteed()).isEmpty();
    }

    @Test
    void shouldGiveEvidenceOfLargeLoopsOnDemandOnly() {
        // Given a 5-company loop and evidence limited to loops of 3
        GuaranteeGraph g = graph(contract("1", "A", "B", 1), contract("2", "B", "C", 1), contract("3", "C", "D", 1),
                contract("4", "D", "E", 1), contract("5", "E", "A", 1), contract("6", "A", "C", 1));
        AnalysisParams small = new AnalysisParams(3, 3, 3, 3, 1.0, Map.of(), Set.of("吊销"), 0.5, 0.3, 0.25, 0.01, 5);

        List<GuaranteeLoop> loops = GuaranteeLoops.find(g, small);

        assertThat(loops).singleElement().satisfies(l -> {
            assertThat(l.size()).isEqualTo(5);
            assertThat(l.evidence()).isEmpty();
        });
        assertThat(GuaranteeLoops.shortestCycleThrough(g, "A")).containsExactly("A", "C", "D", "E");
        assertThat(GuaranteeLoops.shortestCycleThrough(g, "B")).containsExactly("B", "C", "D", "E", "A");
    }

    @Test
    void shouldExposeGuarantorsAlongThePathsOfTheCall() {
        // Given B and C guarantee X, A guarantees B and also an unrelated company Z
        GuaranteeGraph g = graph(contract("1", "B", "X", 10), contract("2", "C", "X", 20), contract("3", "A", "B", 5),
                contract("4", "A", "Z", 7), contract("5", "A", "X", 3));

        ContagionSet set = new GuaranteeContagion(g).of("X");

        assertThat(set.exposed()).containsExactly(new ContagionExposure("A", 1, 3, 8),
                new ContagionExposure("B", 1, 10, 10), new ContagionExposure("C", 1, 20, 20));
    }

    private static GuaranteeGraph graph(GuaranteeContract... contracts) {
        return GuaranteeProjection.of(List.of(contracts)).activeGraph(D);
    }

    private static GuaranteeContract contract(String id, String from, String to, double amount) {
        return new GuaranteeContract(id, from, PartyKind.COMPANY, to, PartyKind.COMPANY, amount, null, null, null);
    }

    private static CompanyFacts company(String id, Money capital) {
        return new CompanyFacts(id, capital, "存续", null, null, null, null);
    }
}
