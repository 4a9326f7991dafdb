package com.guanxi.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles of Guanxi's users. Which routes each may call is configured as path permissions in
 * application.properties (see the README, "Access control"); a role never implies another there, so every policy
 * lists all the roles it admits.
 */
public enum Role {
    /** Explores: search, companies, graph, cases, stats, analytics results, review queue. */
    ANALYST,
    /** Credit approvers: associated-party queries, decisions, reports, and everything an analyst may do. */
    APPROVER,
    /** Batch importers: imports. */
    IMPORTER,
    /** Users, rulesets, audit trail; may do everything and sees personal data in clear. */
    ADMIN;

    /** The name in tokens, users.json and the configuration. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
