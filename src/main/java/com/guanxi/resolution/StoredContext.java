package com.guanxi.resolution;

import java.util.List;

/**
 * What the graph already holds beyond the registry names that resolving a new batch needs, so that batch after
 * batch resolves as everything at once would: the persons with every row they were read from, the companies'
 * contacts and the ownership links between companies (the context persons are compared in), and the outside
 * organisations by name.
 */
public record StoredContext(List<PersonRow> persons, List<CompanyRow> companies, List<Ownership> ownership) {

    /** A row that named a person: a position (SERVES), holding (HOLDS) or guarantee (GUARANTEES) at a company. */
    public record PersonRow(String personId, String name, String type, String position, String companyId,
                            String batchId, String file, long line) {
    }

    /** A company with its contacts; {@code registry} false for an organisation outside the registry. */
    public record CompanyRow(String id, String uscc, String name, boolean registry, String address, String phone,
                             String email) {
    }

    /** A company holding shares of another. */
    public record Ownership(String holderId, String companyId) {
    }

    public static StoredContext empty() {
        return new StoredContext(List.of(), List.of(), List.of());
    }
}
