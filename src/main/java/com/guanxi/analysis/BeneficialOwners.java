package com.guanxi.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Beneficial owners (受益所有人, definitions.md "Beneficial owners", PBoC Order 2024 No. 3): the natural persons
 * whose integrated ownership of C is at least {@link AnalysisParams#beneficialOwnerMin()} (largest first, ties by
 * id); if none, the natural person who is C's ultimate controller; if none, C's legal representative, marked
 * senior manager. Linear in the companies and the listed shares, plus one propagation per fallback person.
 */
public final class BeneficialOwners {
    private BeneficialOwners() {
    }

    /**
     * Beneficial owners of every registry company.
     *
     * @param personShares integrated shares of natural persons, at least every share >= beneficialOwnerMin
     * @param integrated   for the exact share of a fallback person
     */
    public static Map<String, List<BeneficialOwner>> find(CompanyRegistry registry, ControlResult control,
                                                   List<IntegratedShare> personShares, IntegratedOwnership integrated,
                                                   AnalysisParams params) {
        Map<String, List<BeneficialOwner>> byOwnership = new HashMap<>();
        for (IntegratedShare s : personShares) {
            if (s.share() >= params.beneficialOwnerMin()) {
                byOwnership.computeIfAbsent(s.companyId(), k -> new ArrayList<>())
                        .add(new BeneficialOwner(s.holderId(), s.share(), BeneficialOwner.Basis.OWNERSHIP));
            }
        }
        Map<String, List<BeneficialOwner>> owners = new HashMap<>(Math.max(16, (int) (registry.size() / 0.75f) + 1));
        // Fallback persons: their exact shares are fetched afterwards, one propagation per person.
        Map<String, List<String>> fallbackCompanies = new HashMap<>();
        Map<String, BeneficialOwner.Basis> fallbackBasis = new HashMap<>();
        for (CompanyFacts company : registry.companies()) {
            String id = company.id();
            List<BeneficialOwner> list = byOwnership.get(id);
            if (list != null) {
                list.sort(Comparator.comparingDouble(BeneficialOwner::share).reversed()
                        .thenComparing(BeneficialOwner::personId));
                owners.put(id, Collections.unmodifiableList(list));
                continue;
            }
            ControlOutcome c = control.outcomes().get(id);
            String person;
            if (c != null && c.ultimateControllerType() == PartyKind.PERSON) {
                person = c.ultimateController();
                fallbackBasis.put(id, BeneficialOwner.Basis.CONTROL);
            } else if (company.legalRepresentativeId() != null) {
                person = company.legalRepresentativeId();
                fallbackBasis.put(id, BeneficialOwner.Basis.SENIOR_MANAGER);
            } else {
                owners.put(id, List.of());
                continue;
            }
            fallbackCompanies.computeIfAbsent(person, k -> new ArrayList<>(1)).add(id);
        }
        fallbackCompanies.forEach((person, companies) -> {
            double[] shares = integrated.shares(person, companies);
            for (int k = 0; k < shares.length; k++) {
                String id = companies.get(k);
                owners.put(id, List.of(new BeneficialOwner(person, shares[k], fallbackBasis.get(id))));
            }
        });
        return Collections.unmodifiableMap(owners);
    }
}
