package com.guanxi.tags;

import com.guanxi.analysis.AnalysisParams;
import com.guanxi.analysis.CaseParty;
import com.guanxi.analysis.CompanyFacts;
import com.guanxi.analysis.CompanyRegistry;
import com.guanxi.analysis.EquityAnalysis;
import com.guanxi.analysis.GuaranteeContract;
import com.guanxi.analysis.GuaranteeNetworkAnalysis;
import com.guanxi.analysis.GuaranteeProjection;
import com.guanxi.analysis.Holding;
import com.guanxi.analysis.OwnershipProjection;
import com.guanxi.analysis.PartyKind;
import com.guanxi.analysis.Serving;
import com.guanxi.analysis.SharedContacts;
import com.guanxi.ingest.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A small in-memory world (registry, holdings, guarantees, positions, cases) to derive tags from, no database. */
final class TagWorld {
    static final LocalDate AS_OF = LocalDate.parse("2024-06-30");
    static final TagParams PARAMS = TagParams.defaults(TagCatalogue.load());

    private final Map<String, CompanyFacts> companies = new LinkedHashMap<>();
    private final List<Holding> holdings = new ArrayList<>();
    private final List<GuaranteeContract> contracts = new ArrayList<>();
    private final List<Serving> servings = new ArrayList<>();
    private final List<CaseParty> parties = new ArrayList<>();

    TagWorld company(String id) {
        return company(id, "存续", null);
    }

    TagWorld company(String id, String status, String address) {
        companies.put(id, new CompanyFacts(id, new Money(BigDecimal.valueOf(10_000_000), Money.CNY, "1000万元"), status,
                null, address, null, null));
        return this;
    }

    TagWorld companies(String... ids) {
        for (String id : ids) company(id);
        return this;
    }

    TagWorld holds(String holder, PartyKind kind, String company, double ratio) {
        holdings.add(new Holding(holder, kind, company, ratio, null));
        return this;
    }

    /** An active open-ended guarantee of 1 million between two parties of the given kinds. */
    TagWorld guarantees(String guarantor, String borrower) {
        PartyKind gk = companies.containsKey(guarantor) ? PartyKind.COMPANY : guarantor.startsWith("P") ? PartyKind.PERSON : PartyKind.EXTERNAL;
        PartyKind bk = companies.containsKey(borrower) ? PartyKind.COMPANY : PartyKind.EXTERNAL;
        contracts.add(new GuaranteeContract("C" + (contracts.size() + 1), guarantor, gk, borrower, bk, 1_000_000, null, null,
                GuaranteeContract.Status.ACTIVE));
        return this;
    }

    TagWorld serves(String person, String company) {
        servings.add(new Serving(person, company, "董事"));
        return this;
    }

    TagWorld party(String caseNo, String cause, String entity, String role) {
        parties.add(new CaseParty(caseNo, cause, entity, role));
        return this;
    }

    TagSources sources() {
        AnalysisParams params = AnalysisParams.defaults();
        CompanyRegistry registry = CompanyRegistry.of(companies.values());
        OwnershipProjection ownership = OwnershipProjection.of(holdings);
        return new TagSources("run-1", AS_OF, registry, ownership.asOf(AS_OF),
                GuaranteeNetworkAnalysis.analyse(GuaranteeProjection.of(contracts), registry, AS_OF, params),
                EquityAnalysis.analyse(ownership, registry, AS_OF, params), SharedContacts.find(registry, params), servings);
    }

    List<Tag> derive() {
        return TagDerivation.derive(sources(), parties, PARAMS);
    }

    static Set<String> subjects(List<Tag> tags, String code) {
        Set<String> out = new TreeSet<>();
        for (Tag t : tags) if (t.code().equals(code)) out.add(t.subjectId());
        return out;
    }

    static Tag tag(List<Tag> tags, String subject, String code) {
        return tags.stream().filter(t -> t.subjectId().equals(subject) && t.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " on " + subject + " in " + tags));
    }
}
