package com.guanxi.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Integrated ownership d_p (I - A)^-1 against a dense inverse by Gauss–Jordan elimination on random holdings with
 * cross-holdings, self-holdings and pyramids (fixed seeds), for both the LU and the iterative component solver.
 */
class IntegratedOwnershipPropertyTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void shouldEqualTheDenseMatrixInverseOnRandomHoldings(int seed) {
        // Given random holdings: every company's holders own at most 100% in total
        Random random = new Random(seed);
        int companies = 3 + random.nextInt(25);
        int persons = 1 + random.nextInt(8);
        List<Holding> holdings = randomHoldings(random, companies, persons);
        OwnershipGraph graph = OwnershipProjection.of(holdings).asOf(AS_OF);

        // When integrated ownership is computed with the LU solver and with the iterative solver
        IntegratedOwnership lu = new IntegratedOwnership(graph);
        IntegratedOwnership iterative = new IntegratedOwnership(graph, 0);

        // Then every person's row equals d_p (I - A)^-1 from a dense inverse
        double[][] inverse = invert(identityMinusA(holdings, companies));
        for (int p = 0; p < persons; p++) {
            double[] expected = new double[companies];
            for (Holding h : holdings) {
                if (h.holderId().equals(person(p))) {
                    int j = index(h.companyId());
                    for (int k = 0; k < companies; k++) expected[k] += h.ratio() * inverse[j][k];
                }
            }
            Map<String, Double> byLu = lu.sharesOf(person(p));
            Map<String, Double> byIteration = iterative.sharesOf(person(p));
            for (int k = 0; k < companies; k++) {
                assertThat(byLu.getOrDefault(company(k), 0.0)).as("LU %s in %s", person(p), company(k))
                        .isCloseTo(expected[k], within(1e-12));
                assertThat(byIteration.getOrDefault(company(k), 0.0)).as("iterative %s in %s", person(p), company(k))
                        .isCloseTo(expected[k], within(1e-12));
            }
        }
        List<IntegratedShare> listed = lu.ofNaturalPersons(0.01);
        assertThat(listed).allSatisfy(s -> assertThat(s.share()).isGreaterThanOrEqualTo(0.01));
        long expectedListed = IntStream.range(0, persons).mapToLong(p -> lu.sharesOf(person(p)).values().stream()
                .filter(x -> x >= 0.01).count()).sum();
        assertThat(listed).hasSize((int) expectedListed);
    }

    private static List<Holding> randomHoldings(Random random, int companies, int persons) {
        List<Holding> holdings = new ArrayList<>();
        for (int j = 0; j < companies; j++) {
            int holders = 1 + random.nextInt(4);
            double remaining = random.nextInt(4) == 0 ? 0.7 + 0.3 * random.nextDouble() : 1.0;
            for (int k = 0; k < holders && remaining > 1e-6; k++) {
                double ratio = k == holders - 1 ? remaining : remaining * (0.2 + 0.6 * random.nextDouble());
                remaining -= ratio;
                boolean byCompany = random.nextInt(3) > 0;
                int holderCompany = random.nextInt(8) == 0 ? j : random.nextInt(companies);
                if (byCompany) {
                    holdings.add(new Holding(company(holderCompany), PartyKind.COMPANY, company(j), ratio, null));
                } else {
                    holdings.add(new Holding(person(random.nextInt(persons)), PartyKind.PERSON, company(j), ratio,
                            null));
                }
            }
        }
        return holdings;
    }

    private static double[][] identityMinusA(List<Holding> holdings, int companies) {
        double[][] m = new double[companies][companies];
        for (int i = 0; i < companies; i++) m[i][i] = 1;
        for (Holding h : holdings) {
            if (h.holderKind() == PartyKind.COMPANY) m[index(h.holderId())][index(h.companyId())] -= h.ratio();
        }
        return m;
    }

    /** Gauss–Jordan elimination with partial pivoting. */
    private static double[][] invert(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            double d = m[col][col];
            for (int k = 0; k < 2 * n; k++) m[col][k] /= d;
            for (int r = 0; r < n; r++) {
                if (r == col || m[r][col] == 0) continue;
                double f = m[r][col];
                for (int k = 0; k < 2 * n; k++) m[r][k] -= f * m[col][k];
            }
        }
        double[][] inverse = new double[n][n];
        for (int i = 0; i < n; i++) System.arraycopy(m[i], n, inverse[i], 0, n);
        return inverse;
    }

    private static String company(int j) {
        return String.format("C%02d", j);
    }

    private static String person(int p) {
        return String.format("P%02d", p);
    }

    private static int index(String companyId) {
        return Integer.parseInt(companyId.substring(1));
    }
}
