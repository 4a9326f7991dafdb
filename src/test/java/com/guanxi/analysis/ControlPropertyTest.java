package com.guanxi.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The int-array control fixpoint against a plain map-based transcription of definitions.md "Control" on random
 * holdings with pyramids, pooled blocs, ties and cross-holdings (fixed seeds).
 */
class ControlPropertyTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final AnalysisParams PARAMS = AnalysisParams.defaults();

    static IntStream seeds() {
        return IntStream.range(0, 80);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void shouldSettleControlLikeTheReferenceOnRandomHoldings(int seed) {
        // Given random holdings
        Random random = new Random(seed);
        int companies = 4 + random.nextInt(30);
        int persons = 2 + random.nextInt(8);
        List<Holding> holdings = new ArrayList<>();
        double[] steps = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.51, 0.6, 0.7};
        for (int j = 0; j < companies; j++) {
            double remaining = 1.0;
            int holders = 1 + random.nextInt(4);
            for (int k = 0; k < holders && remaining > 1e-9; k++) {
                double ratio = k == holders - 1 ? remaining : Math.min(remaining, steps[random.nextInt(steps.length)]);
                remaining -= ratio;
                // Holders mostly come from earlier companies (pyramids), sometimes later ones (cross-holdings).
                if (random.nextInt(3) == 0 || j == 0) {
                    holdings.add(new Holding("P" + random.nextInt(persons), PartyKind.PERSON, "C" + j, ratio, null));
                } else {
                    int holder = random.nextInt(6) == 0 ? random.nextInt(companies) : random.nextInt(j);
                    if (holder != j) holdings.add(new Holding("C" + holder, PartyKind.COMPANY, "C" + j, ratio, null));
                }
            }
        }
        List<CompanyFacts> facts = new ArrayList<>();
        for (int j = 0; j < companies; j++) facts.add(new CompanyFacts("C" + j, null, null, null, null, null, null));

        // When control is computed
        EquityResult result = EquityAnalysis.analyse(OwnershipProjection.of(holdings), CompanyRegistry.of(facts),
                AS_OF, PARAMS);

        // Then every company has the reference's controller, basis and path
        Reference ref = new Reference(holdings);
        assertThat(result.control().converged()).isEqualTo(ref.converged);
        for (int j = 0; j < companies; j++) {
            String c = "C" + j;
            ControlOutcome outcome = result.control().outcomes().get(c);
            assertThat(outcome.controlPath()).as("path of %s", c).isEqualTo(ref.path(c));
            assertThat(outcome.basis()).as("basis of %s", c).isEqualTo(ref.basis.get(c));
        }
    }

    /** definitions.md "Control", transcribed with maps and strings. */
    private static final class Reference {
        private static final double EPS = 1e-9;
        final Map<String, List<Map.Entry<String, Double>>> holders = new TreeMap<>();
        Map<String, String> parent = new HashMap<>();
        Map<String, ControlBasis> basis = new HashMap<>();
        boolean converged;

        Reference(List<Holding> holdings) {
            Map<String, Map<String, Double>> summed = new TreeMap<>();
            for (Holding h : holdings) {
                summed.computeIfAbsent(h.companyId(), k -> new TreeMap<>()).merge(h.holderId(), h.ratio(), Double::sum);
            }
            summed.forEach((c, hs) -> holders.put(c, new ArrayList<>(hs.entrySet())));
            for (int round = 0; round < UltimateControllers.MAX_ROUNDS && !converged; round++) {
                Map<String, String> nextParent = new HashMap<>();
                Map<String, ControlBasis> nextBasis = new HashMap<>();
                holders.forEach((c, hs) -> {
                    Map<String, Double> blocs = new HashMap<>();
                    for (Map.Entry<String, Double> h : hs) {
                        if (!h.getKey().equals(c) && !isSubsidiary(h.getKey(), c)) {
                            blocs.merge(top(h.getKey()), h.getValue(), Double::sum);
                        }
                    }
                    List<Map.Entry<String, Double>> ranked = new ArrayList<>(blocs.entrySet());
                    ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
                    if (ranked.isEmpty()) return;
                    double best = ranked.get(0).getValue();
                    double second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
                    if (best <= second + EPS) return;
                    ControlBasis b;
                    if (best > PARAMS.absoluteControl() + EPS) b = ControlBasis.ABSOLUTE;
                    else if (best >= PARAMS.relativeControl() - EPS) b = ControlBasis.RELATIVE;
                    else return;
                    String bloc = ranked.get(0).getKey();
                    String via = null;
                    double viaRatio = -1;
                    for (Map.Entry<String, Double> h : hs) {
                        String id = h.getKey();
                        if (id.equals(c) || isSubsidiary(id, c) || !top(id).equals(bloc)) continue;
                        if (h.getValue() > viaRatio || (h.getValue() == viaRatio && id.compareTo(via) < 0)) {
                            via = id;
                            viaRatio = h.getValue();
                        }
                    }
                    nextParent.put(c, via);
                    nextBasis.put(c, b);
                });
                Set<String> onCycle = new HashSet<>();
                for (String c : nextParent.keySet()) {
                    Set<String> seen = new HashSet<>();
                    for (String x = c; x != null && seen.add(x); x = nextParent.get(x)) {
                        if (nextParent.get(x) != null && nextParent.get(x).equals(c)) onCycle.add(c);
                    }
                }
                onCycle.forEach(c -> {
                    nextParent.remove(c);
                    nextBasis.remove(c);
                });
                converged = nextParent.equals(parent) && nextBasis.equals(basis);
                parent = nextParent;
                basis = nextBasis;
            }
        }

        private String top(String x) {
            while (parent.containsKey(x)) x = parent.get(x);
            return x;
        }

        /** h is c's subsidiary: c lies above h in the control tree. */
        private boolean isSubsidiary(String h, String c) {
            for (String x = parent.get(h); x != null; x = parent.get(x)) {
                if (x.equals(c)) return true;
            }
            return false;
        }

        List<String> path(String c) {
            if (!parent.containsKey(c)) return List.of();
            List<String> path = new ArrayList<>();
            for (String x = c; x != null; x = parent.get(x)) path.add(0, x);
            return path;
        }
    }

}
