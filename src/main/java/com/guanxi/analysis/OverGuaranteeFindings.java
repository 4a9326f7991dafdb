package com.guanxi.analysis;

import java.util.List;

/**
 * Result of {@link OverGuarantee}, all lists sorted by id.
 *
 * @param overGuaranteed     companies tagged 过度担保
 * @param currencyDependent  guarantors whose capital is in a currency without a configured rate: not tagged
 * @param capitalUnknown     guarantors (not persons) whose registered capital is unknown or zero: not tagged
 */
public record OverGuaranteeFindings(List<OverGuaranteedCompany> overGuaranteed, List<String> currencyDependent,
                                    List<String> capitalUnknown) {
    public OverGuaranteeFindings {
        overGuaranteed = List.copyOf(overGuaranteed);
        currencyDependent = List.copyOf(currencyDependent);
        capitalUnknown = List.copyOf(capitalUnknown);
    }
}
