package com.guanxi.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the equity algorithms of definitions.md "Equity and control" on the ownership graph of one date: control and
 * ultimate controllers ({@link UltimateControllers}), groups ({@link CorporateGroups}), integrated ownership of
 * natural persons ({@link IntegratedOwnership}), beneficial owners ({@link BeneficialOwners}) and cross-holdings
 * ({@link CrossHoldings}). Results are given for every registry company; holders outside the registry take part
 * in the computation. Each step is public so that callers can run (and time) only what they need.
 */
public final class EquityAnalysis {
    private EquityAnalysis() {
    }

    public static EquityResult analyse(OwnershipProjection projection, CompanyRegistry registry, LocalDate asOf,
                                       AnalysisParams params) {
        OwnershipGraph g = projection.asOf(asOf);
        ControlResult control = control(g, registry, params);
        IntegratedOwnership integrated = new IntegratedOwnership(g);
        double reportMin = params.integratedOwnershipReportMin();
        List<IntegratedShare> personShares = integrated.ofNaturalPersons(Math.min(reportMin, params.beneficialOwnerMin()));
        Map<String, List<BeneficialOwner>> owners =
                BeneficialOwners.find(registry, control, personShares, integrated, params);
        List<IntegratedShare> reported = personShares;
        if (params.beneficialOwnerMin() < reportMin) {
            reported = personShares.stream().filter(s -> s.share() >= reportMin).toList();
        }
        return new EquityResult(asOf, control, owners, reported, CrossHoldings.find(g));
    }

    /** Ultimate controller, basis, control path and group of every registry company; groups by root. */
    public static ControlResult control(OwnershipGraph g, CompanyRegistry registry, AnalysisParams params) {
        UltimateControllers.ControlTree tree = UltimateControllers.compute(g, params);
        List<CorporateGroup> groups = CorporateGroups.of(g, tree, registry);
        Map<String, GroupRef> groupOfRoot = new HashMap<>(Math.max(16, (int) (groups.size() / 0.75f) + 1));
        for (CorporateGroup group : groups) groupOfRoot.put(group.root(), new GroupRef(group.root(), group.size()));
        Map<String, ControlOutcome> outcomes = new HashMap<>(Math.max(16, (int) (registry.size() / 0.75f) + 1));
        for (CompanyFacts company : registry.companies()) {
            outcomes.put(company.id(), outcome(company.id(), g, tree, groupOfRoot));
        }
        return new ControlResult(outcomes, groups, tree.rounds(), tree.converged());
    }

    private static ControlOutcome outcome(String id, OwnershipGraph g, UltimateControllers.ControlTree tree,
                                          Map<String, GroupRef> groupOfRoot) {
        int v = g.indexOf(id);
        if (v < 0 || !tree.isControlled(v)) {
            return new ControlOutcome(id, null, null, null, List.of(), groupOfRoot.get(id));
        }
        List<String> path = new ArrayList<>();
        for (int x = v; x >= 0; x = tree.parent()[x]) path.add(g.id(x));
        Collections.reverse(path);
        int root = tree.top()[v];
        return new ControlOutcome(id, g.id(root), g.kind(root),
                tree.absolute()[v] ? ControlBasis.ABSOLUTE : ControlBasis.RELATIVE, path, groupOfRoot.get(g.id(root)));
    }
}
