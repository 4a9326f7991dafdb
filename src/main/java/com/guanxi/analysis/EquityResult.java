package com.guanxi.analysis;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Everything the equity analysis finds as of one date.
 *
 * @param asOf                evaluation date
 * @param control             ultimate controllers, control paths and groups
 * @param beneficialOwners    registry company id -> its beneficial owners (possibly empty)
 * @param integratedOwnership (natural person, company, share) for every share >= integratedOwnershipReportMin,
 *                            grouped by person, each person's companies sorted by id
 * @param crossHoldings       ownership cycles and the companies on them
 */
public record EquityResult(LocalDate asOf, ControlResult control, Map<String, List<BeneficialOwner>> beneficialOwners,
                           List<IntegratedShare> integratedOwnership, OwnershipCycles crossHoldings) {
    public EquityResult {
        // Views, not copies: one entry per company or share, millions of them.
        beneficialOwners = Collections.unmodifiableMap(beneficialOwners);
        integratedOwnership = Collections.unmodifiableList(integratedOwnership);
    }
}
