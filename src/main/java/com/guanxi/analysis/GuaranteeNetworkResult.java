package com.guanxi.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the guarantee-network analysis finds as of one date.
 *
 * @param asOf           evaluation date
 * @param all            structure of G with person guarantors (definitions.md reading)
 * @param companiesOnly  structure of G with person guarantors dropped (the other reading)
 * @param overGuarantee  over-guarantee findings on G
 * @param abnormalStatus revoked/cancelled companies on active contracts
 */
public record GuaranteeNetworkResult(LocalDate asOf, GuaranteeStructure all, GuaranteeStructure companiesOnly,
                                     OverGuaranteeFindings overGuarantee, List<AbnormalStatusCompany> abnormalStatus) {
    public GuaranteeNetworkResult {
        abnormalStatus = List.copyOf(abnormalStatus);
    }
}
