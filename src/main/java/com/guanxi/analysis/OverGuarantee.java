package com.guanxi.analysis;

import com.guanxi.ingest.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Over-guarantee (过度担保, definitions.md "Over-guarantee" and "Fine points"): the total active amount a company
 * guarantees exceeds {@link AnalysisParams#overGuaranteeFactor()} × its registered capital in CNY. A capital in
 * another currency counts only with a rate in {@link AnalysisParams#cnyPerUnit()}; persons are never tagged.
 * O(n + m).
 */
public final class OverGuarantee {
    private OverGuarantee() {
    }

    public static OverGuaranteeFindings find(GuaranteeGraph g, CompanyRegistry registry, AnalysisParams params) {
        CsrDigraph csr = g.csr;
        List<OverGuaranteedCompany> tagged = new ArrayList<>();
        List<String> currencyDependent = new ArrayList<>();
        List<String> capitalUnknown = new ArrayList<>();
        for (int v = 0; v < csr.n; v++) {
            if (csr.outDegree(v) == 0 || g.kind(v) == PartyKind.PERSON) continue;
            double given = csr.outWeight(v);
            CompanyFacts facts = registry.get(g.id(v));
            Money capital = facts == null ? null : facts.registeredCapital();
            if (capital == null || capital.amount().signum() == 0) {
                capitalUnknown.add(g.id(v));
                continue;
            }
            double capitalCny;
            if (capital.isCny()) {
                capitalCny = capital.amount().doubleValue();
            } else if (params.cnyPerUnit().containsKey(capital.currency())) {
                capitalCny = capital.amount().doubleValue() * params.cnyPerUnit().get(capital.currency());
            } else {
                currencyDependent.add(g.id(v));
                continue;
            }
            if (given > params.overGuaranteeFactor() * capitalCny) {
                tagged.add(new OverGuaranteedCompany(g.id(v), given, capitalCny, given / capitalCny));
            }
        }
        tagged.sort(Comparator.comparing(OverGuaranteedCompany::id));
        currencyDependent.sort(null);
        capitalUnknown.sort(null);
        return new OverGuaranteeFindings(tagged, currencyDependent, capitalUnknown);
    }
}
