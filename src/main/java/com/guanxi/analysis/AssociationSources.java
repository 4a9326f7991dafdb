package com.guanxi.analysis;

import java.util.List;

/**
 * What {@link AssociatedParties} is built from: one analytics run's results plus the positions and case parties.
 *
 * @param registry       the registry companies
 * @param ownership      the ownership graph at the run's date (direct shareholders and investees)
 * @param control        control paths and groups
 * @param guarantees     the active guarantee graph G
 * @param sharedContacts shared address/phone/email clusters
 * @param servings       persons' positions in companies (SERVES)
 * @param caseParties    parties to court cases (PARTY_TO); empty until judgments are linked to parties
 */
public record AssociationSources(CompanyRegistry registry, OwnershipGraph ownership, ControlResult control,
                                 GuaranteeGraph guarantees, SharedContactResult sharedContacts, List<Serving> servings,
                                 List<CaseParty> caseParties) {
    public AssociationSources {
        java.util.Objects.requireNonNull(registry, "registry");
        java.util.Objects.requireNonNull(ownership, "ownership");
        java.util.Objects.requireNonNull(control, "control");
        java.util.Objects.requireNonNull(guarantees, "guarantees");
        java.util.Objects.requireNonNull(sharedContacts, "sharedContacts");
        servings = List.copyOf(servings);
        caseParties = List.copyOf(caseParties);
    }
}
