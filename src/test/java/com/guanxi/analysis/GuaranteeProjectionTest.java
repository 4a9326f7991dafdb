package com.guanxi.analysis;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which contracts make up G at a date (definitions.md "Fine points"), and the projection's invariants. */
class GuaranteeProjectionTest {
    private static final LocalDate D = LocalDate.of(2024, 6, 30);

    @Test
    void shouldCountAContractOnBothBoundaryDaysAndWithOpenBounds() {
        GuaranteeProjection p = GuaranteeProjection.of(List.of(
                contract("ends-today", "A", "B", null, D, null),
                contract("starts-today", "B", "C", D, null, GuaranteeContract.Status.ACTIVE),
                contract("ended-yesterday", "C", "D", null, D.minusDays(1), null),
                contract("starts-tomorrow", "D", "E", D.plusDays(1), null, null),
                contract("released", "E", "F", null, null, GuaranteeContract.Status.RELEASED)));

        GuaranteeGraph g = p.activeGraph(D);

        assertThat(g.edges()).extracting(e -> e.contractIds().get(0)).containsExactlyInAnyOrder("ends-today",
                "starts-today");
        assertThat(g.contains("F")).isFalse();
    }

    @Test
    void shouldSumParallelContractsIntoOneEdge() {
        GuaranteeGraph g = GuaranteeProjection.of(List.of(contract("1", "A", "B", null, null, null),
                contract("2", "A", "B", null, null, null))).activeGraph(D);

        assertThat(g.edges()).singleElement().satisfies(e -> {
            assertThat(e.amountYuan()).isEqualTo(2_000_000.0);
            assertThat(e.contractIds()).containsExactlyInAnyOrder("1", "2");
        });
    }

    @Test
    void shouldRejectAPartyGivenTwoKinds() {
        GuaranteeProjection.Builder b = GuaranteeProjection.builder()
                .add(contract("1", "A", "B", null, null, null));

        assertThatThrownBy(() -> b.add(new GuaranteeContract("2", "A", PartyKind.PERSON, "B", PartyKind.COMPANY, 1,
                null, null, null))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A");
    }

    @Test
    void shouldRejectANegativeAmount() {
        assertThatThrownBy(() -> new GuaranteeContract("1", "A", PartyKind.COMPANY, "B", PartyKind.COMPANY, -1, null,
                null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static GuaranteeContract contract(String id, String from, String to, LocalDate start, LocalDate end,
                                              GuaranteeContract.Status status) {
        return new GuaranteeContract(id, from, PartyKind.COMPANY, to, PartyKind.COMPANY, 1_000_000, start, end, status);
    }
}
