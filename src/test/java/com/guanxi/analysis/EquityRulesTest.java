package com.guanxi.analysis;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The fine points of definitions.md "Equity and control" on hand-made holdings; expected values from the text. */
class EquityRulesTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private final List<Holding> holdings = new ArrayList<>();
    private final Set<String> companies = new LinkedHashSet<>();
    private final java.util.Map<String, String> legalReps = new java.util.HashMap<>();

    @Test
    void shouldNotGiveAbsoluteControlAtExactlyFiftyPercent() {
        person("P1", "C", 0.5);
        person("P2", "C", 0.5);
        person("Q1", "D", 0.5);
        person("Q2", "D", 0.3);
        person("Q3", "D", 0.2);

        EquityResult r = analyse();

        assertThat(r.control().outcomes().get("C").ultimateController()).isNull();
        assertThat(r.control().outcomes().get("D").ultimateController()).isEqualTo("Q1");
        assertThat(r.control().outcomes().get("D").basis()).isEqualTo(ControlBasis.RELATIVE);
    }

    @Test
    void shouldGiveRelativeControlAtExactlyThirtyPercentOnlyWhenStrictlyLargest() {
        person("P1", "C", 0.3);
        person("P2", "C", 0.25);
        person("P3", "C", 0.25);
        person("P4", "C", 0.2);
        person("Q1", "D", 0.2999);
        person("Q2", "D", 0.25);
        person("Q3", "D", 0.25);
        person("Q4", "D", 0.2001);
        person("R1", "E", 0.35);
        person("R2", "E", 0.35);
        person("R3", "E", 0.3);

        EquityResult r = analyse();

        assertThat(r.control().outcomes().get("C").ultimateController()).isEqualTo("P1");
        assertThat(r.control().outcomes().get("C").basis()).isEqualTo(ControlBasis.RELATIVE);
        assertThat(r.control().outcomes().get("D").ultimateController()).isNull();
        assertThat(r.control().outcomes().get("E").ultimateController()).isNull();
    }

    @Test
    void shouldPoolTheVotesOfCompaniesAControllerControlsIntoOneBloc() {
        person("P", "B1", 0.6);
        person("P", "B2", 0.6);
        company("B1", "C", 0.3);
        company("B2", "C", 0.25);
        person("X", "C", 0.45);

        EquityResult r = analyse();

        ControlOutcome c = r.control().outcomes().get("C");
        assertThat(c.ultimateController()).isEqualTo("P");
        assertThat(c.basis()).isEqualTo(ControlBasis.ABSOLUTE);
        assertThat(c.controlPath()).containsExactly("P", "B1", "C");
        assertThat(r.control().groups()).singleElement().satisfies(g -> {
            assertThat(g.root()).isEqualTo("P");
            assertThat(g.members()).containsExactly("B1", "B2", "C");
            assertThat(g.size()).isEqualTo(3);
        });
    }

    @Test
    void shouldNeverCountTheVotesOfACompanysOwnSubsidiaries() {
        // Given A holds 60% of S, and S holds 32% of A next to P (35%) and Q (33%)
        company("A", "S", 0.6);
        person("R", "S", 0.4);
        person("P", "A", 0.35);
        person("Q", "A", 0.33);
        company("S", "A", 0.32);

        // When control is settled
        EquityResult r = analyse();

        // Then P controls A relatively: S's 32% never joins P's bloc, which would make it absolute
        assertThat(r.control().outcomes().get("A").ultimateController()).isEqualTo("P");
        assertThat(r.control().outcomes().get("A").basis()).isEqualTo(ControlBasis.RELATIVE);
        assertThat(r.control().outcomes().get("S").controlPath()).containsExactly("P", "A", "S");
    }

    @Test
    void shouldFollowControlUpToAHolderNobodyControls() {
        person("P", "A", 0.7);
        person("X", "A", 0.3);
        company("A", "B", 0.6);
        person("Y", "B", 0.4);
        company("B", "C", 0.4);
        person("Z1", "C", 0.35);
        person("Z2", "C", 0.25);

        EquityResult r = analyse();

        ControlOutcome c = r.control().outcomes().get("C");
        assertThat(c.controlPath()).containsExactly("P", "A", "B", "C");
        assertThat(c.ultimateControllerType()).isEqualTo(PartyKind.PERSON);
        assertThat(c.basis()).isEqualTo(ControlBasis.RELATIVE);
        assertThat(c.group()).isEqualTo(new GroupRef("P", 3));
    }

    @Test
    void shouldCountARootCompanyInItsGroupThoughNobodyControlsIt() {
        person("P1", "TOP", 0.5);
        person("P2", "TOP", 0.5);
        company("TOP", "SUB", 0.8);
        person("P3", "SUB", 0.2);

        EquityResult r = analyse();

        assertThat(r.control().outcomes().get("TOP").ultimateController()).isNull();
        assertThat(r.control().outcomes().get("TOP").group()).isEqualTo(new GroupRef("TOP", 2));
        assertThat(r.control().outcomes().get("SUB").group()).isEqualTo(new GroupRef("TOP", 2));
        assertThat(r.control().groups()).singleElement().satisfies(g -> {
            assertThat(g.rootType()).isEqualTo(PartyKind.COMPANY);
            assertThat(g.members()).containsExactly("SUB");
        });
    }

    @Test
    void shouldFallBackFromOwnersToTheControllingPersonToTheLegalRepresentative() {
        // Given: O has 30% of OWNED; P (60% of HOLDCO) controls CTRL through HOLDCO's 40%;
        // two banks hold NOBODY 50/50
        person("O", "OWNED", 0.3);
        person("O2", "OWNED", 0.7);
        person("P", "HOLDCO", 0.6);
        person("Q", "HOLDCO", 0.4);
        company("HOLDCO", "CTRL", 0.4);
        person("V", "CTRL", 0.2);
        person("W", "CTRL", 0.2);
        person("X", "CTRL", 0.2);
        holdings.add(new Holding("BANK1", PartyKind.EXTERNAL, "NOBODY", 0.5, null));
        holdings.add(new Holding("BANK2", PartyKind.EXTERNAL, "NOBODY", 0.5, null));
        companies.add("NOBODY");
        legalReps.put("NOBODY", "REP");

        EquityResult r = analyse();

        assertThat(r.beneficialOwners().get("OWNED")).containsExactly(
                new BeneficialOwner("O2", 0.7, BeneficialOwner.Basis.OWNERSHIP),
                new BeneficialOwner("O", 0.3, BeneficialOwner.Basis.OWNERSHIP));
        BeneficialOwner controller = r.beneficialOwners().get("CTRL").get(0);
        assertThat(controller.personId()).isEqualTo("P");
        assertThat(controller.basis()).isEqualTo(BeneficialOwner.Basis.CONTROL);
        assertThat(controller.share()).isCloseTo(0.24, within(1e-12));
        assertThat(r.beneficialOwners().get("NOBODY"))
                .containsExactly(new BeneficialOwner("REP", 0.0, BeneficialOwner.Basis.SENIOR_MANAGER));
    }

    @Test
    void shouldIgnoreHoldingsThatStartAfterTheEvaluationDate() {
        person("P", "C", 0.6);
        holdings.add(new Holding("Q", PartyKind.PERSON, "C", 0.4, AS_OF.plusDays(1)));
        holdings.add(new Holding("Q", PartyKind.PERSON, "D", 0.9, AS_OF));
        companies.add("D");

        EquityResult r = analyse();

        assertThat(r.integratedOwnership()).extracting(s -> s.holderId() + ">" + s.companyId())
                .containsExactlyInAnyOrder("P>C", "Q>D");
        assertThat(r.control().outcomes().get("D").ultimateController()).isEqualTo("Q");
    }

    @Test
    void shouldReportTheCompaniesOfEveryOwnershipCycle() {
        company("A", "B", 0.3);
        company("B", "A", 0.2);
        company("X", "Y", 0.1);
        company("Y", "Z", 0.1);
        company("Z", "X", 0.1);
        company("S", "S", 0.05);
        company("A", "X", 0.1);

        OwnershipCycles cycles = analyse().crossHoldings();

        assertThat(cycles.cycles()).containsExactly(List.of("A", "B"), List.of("S"), List.of("X", "Y", "Z"));
        assertThat(cycles.crossHolding()).containsExactly("A", "B", "S", "X", "Y", "Z");
    }

    private void person(String person, String company, double ratio) {
        holdings.add(new Holding(person, PartyKind.PERSON, company, ratio, null));
        companies.add(company);
    }

    private void company(String holder, String company, double ratio) {
        holdings.add(new Holding(holder, PartyKind.COMPANY, company, ratio, null));
        companies.add(holder);
        companies.add(company);
    }

    private EquityResult analyse() {
        List<CompanyFacts> facts = companies.stream()
                .map(id -> new CompanyFacts(id, null, "存续", legalReps.get(id), null, null, null)).toList();
        return EquityAnalysis.analyse(OwnershipProjection.of(holdings), CompanyRegistry.of(facts), AS_OF,
                AnalysisParams.defaults());
    }
}
