package com.guanxi.resolution;

import java.util.List;

/**
 * A company the resolver can link to: a registry company (id = USCC, or {@code REGNO-<reg_no>}) or an
 * organisation outside the registry (id = {@code EXT-…} from its normalised name; banks, 国资委, foreign parents).
 * The index is built from these, so the service can rebuild it from the graph's Company nodes.
 *
 * @param externalKind for organisations outside the registry: bank, state, foreign or other; null for the registry
 */
public record CompanyEntity(String id, String uscc, String regNo, String name, List<String> formerNames,
                            boolean registry, String externalKind) {
    public CompanyEntity {
        if (id == null || id.isBlank() || name == null || name.isBlank()) throw new IllegalArgumentException("id and name are required");
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
    }

    /** Characters 3–8 of the USCC: the administrative division where the company is registered; null without USCC. */
    public String divisionCode() {
        if (uscc != null && uscc.length() == 18) return uscc.substring(2, 8);
        if (regNo != null && regNo.length() == 15 && Character.isDigit(regNo.charAt(0))) return regNo.substring(0, 6);
        return null;
    }
}
