package com.guanxi.tags;

import com.guanxi.analysis.CompanyRegistry;
import com.guanxi.analysis.EquityResult;
import com.guanxi.analysis.GuaranteeNetworkResult;
import com.guanxi.analysis.OwnershipGraph;
import com.guanxi.analysis.Serving;
import com.guanxi.analysis.SharedContactResult;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The results of one analytics run that tags are derived from, plus the positions (SERVES) that associated parties
 * need.
 *
 * @param runId          the analytics run
 * @param asOf           its evaluation date
 * @param registry       registry companies
 * @param ownership      ownership graph at asOf
 * @param guarantees     guarantee-network results at asOf
 * @param equity         control, groups, cross-holdings at asOf
 * @param sharedContacts shared address/phone/email clusters
 * @param servings       persons' positions in companies
 */
public record TagSources(String runId, LocalDate asOf, CompanyRegistry registry, OwnershipGraph ownership,
                         GuaranteeNetworkResult guarantees, EquityResult equity, SharedContactResult sharedContacts,
                         List<Serving> servings) {
    public TagSources {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(ownership, "ownership");
        Objects.requireNonNull(guarantees, "guarantees");
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(sharedContacts, "sharedContacts");
        servings = List.copyOf(servings);
    }
}
