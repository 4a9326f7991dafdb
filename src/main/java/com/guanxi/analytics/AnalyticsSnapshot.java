package com.guanxi.analytics;

import com.guanxi.analysis.CompanyRegistry;
import com.guanxi.analysis.EquityResult;
import com.guanxi.analysis.GuaranteeNetworkResult;
import com.guanxi.analysis.IntegratedOwnership;
import com.guanxi.analysis.OwnershipGraph;
import com.guanxi.analysis.SharedContactResult;

import java.time.LocalDate;

/** Everything one analytics run computed, kept in memory to answer queries until the next run replaces it. */
public record AnalyticsSnapshot(String runId, LocalDate asOf, CompanyRegistry registry, OwnershipGraph ownership,
                                IntegratedOwnership integrated, GuaranteeNetworkResult guarantees, EquityResult equity,
                                SharedContactResult sharedContacts) {
}
