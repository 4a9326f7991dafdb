package com.guanxi.analysis;

import java.util.Objects;

/** A person's position in a company (任职, a {@code SERVES} relationship); position null when unknown. */
public record Serving(String personId, String companyId, String position) {
    public Serving {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(companyId, "companyId");
    }
}
