package com.guanxi.tags;

import com.guanxi.analysis.CaseParty;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How tags are derived beyond the analytics thresholds (those live in {@code AnalysisParams}).
 *
 * @param catalogue          codes, names and default severities
 * @param version            version of the tag computation, stamped on every tag
 * @param evidenceListLimit  longest member / party / contract list put into one tag's evidence (the full size is
 *                           always given beside a cut list)
 * @param debtorRoles        case roles that make a party a debtor: 被告, 被执行人 (definitions.md "RELATED_PARTY_LITIGATION":
 *                           a defendant)
 * @param loanDisputeMarkers a cause (案由) containing one of these is a loan or guarantee dispute
 */
public record TagParams(TagCatalogue catalogue, String version, int evidenceListLimit, Set<String> debtorRoles,
                        List<String> loanDisputeMarkers) {

    /** Version of the derivation rules in {@link TagDerivation}. */
    public static final String VERSION = "guanxi-tags/1";

    public TagParams {
        Objects.requireNonNull(catalogue, "catalogue");
        if (version == null || version.isBlank()) throw new IllegalArgumentException("version is required");
        if (evidenceListLimit < 1) throw new IllegalArgumentException("evidenceListLimit must be positive");
        debtorRoles = Set.copyOf(debtorRoles);
        loanDisputeMarkers = List.copyOf(loanDisputeMarkers);
        if (debtorRoles.isEmpty() || loanDisputeMarkers.isEmpty()) {
            throw new IllegalArgumentException("debtor roles and loan-dispute markers must not be empty");
        }
    }

    /**
     * The defaults: 20 list entries per evidence, debtors are 被告 and 被执行人, and a loan or guarantee dispute is a
     * cause naming 借款 (borrowing), 借贷 (lending, as in 民间借贷纠纷), 保证 (suretyship) or 担保 (guarantee).
     */
    public static TagParams defaults(TagCatalogue catalogue) {
        return new TagParams(catalogue, VERSION, 20, Set.of("被告", "被执行人"), List.of("借款", "借贷", "保证", "担保"));
    }

    /** Whether the party is a defendant in a loan or guarantee dispute. */
    public boolean isLoanDisputeDebtor(CaseParty party) {
        if (party.role() == null || party.cause() == null || !debtorRoles.contains(party.role().strip())) return false;
        for (String marker : loanDisputeMarkers) {
            if (party.cause().contains(marker)) return true;
        }
        return false;
    }
}
