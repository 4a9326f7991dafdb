package com.guanxi.analysis;

/**
 * A beneficial owner (受益所有人) of a company, after PBoC Order 2024 No. 3.
 *
 * @param personId the natural person
 * @param share    the person's integrated ownership of the company
 * @param basis    why the person is listed
 */
public record BeneficialOwner(String personId, double share, Basis basis) {
    /** ≥ 25% integrated ownership; else the natural-person ultimate controller; else the legal representative. */
    public enum Basis {
        OWNERSHIP, CONTROL, SENIOR_MANAGER
    }
}
