package com.guanxi.resolution;

/**
 * The entity a name mention resolves to. {@code entityType} is "Company" or "Person"; {@code registry} is false for
 * a company outside the registry (bank, 国资委, foreign parent, unresolved name), which becomes an entity of its own.
 */
public record Link(String entityType, String entityId, String uscc, String name, double confidence, String method,
                   boolean registry) {
    public static final String COMPANY = "Company";
    public static final String PERSON = "Person";

    public Link {
        if (!COMPANY.equals(entityType) && !PERSON.equals(entityType)) {
            throw new IllegalArgumentException("entityType must be Company or Person: " + entityType);
        }
        if (entityId == null || entityId.isBlank()) throw new IllegalArgumentException("entityId is required");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence must be in [0, 1]");
    }

    public boolean isCompany() {
        return COMPANY.equals(entityType);
    }
}
