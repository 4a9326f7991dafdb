package com.guanxi.tags;

import java.util.regex.Pattern;

/**
 * One entry of the tag catalogue: what a tag code means and how severe it is by default.
 *
 * @param code            stable code, upper snake case ({@code GUARANTEE_LOOP})
 * @param nameZh          Chinese name shown to approvers
 * @param nameEn          English name
 * @param defaultSeverity severity a new tag of this code gets unless the tag job escalates it
 * @param description     what the tag means, citing definitions.md
 */
public record TagDefinition(String code, String nameZh, String nameEn, Severity defaultSeverity, String description) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    public TagDefinition {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("tag code must be upper snake case, got '" + code + "'");
        }
        if (nameZh == null || nameZh.isBlank()) throw new IllegalArgumentException(code + ": nameZh is required");
        if (nameEn == null || nameEn.isBlank()) throw new IllegalArgumentException(code + ": nameEn is required");
        if (defaultSeverity == null) throw new IllegalArgumentException(code + ": defaultSeverity is required");
        if (description == null || description.isBlank()) throw new IllegalArgumentException(code + ": description is required");
    }
}
