package com.guanxi.analysis;

/** What a node of a projection is: a natural person, a registry company, or a company outside the registry. */
public enum PartyKind {
    /** 自然人. */
    PERSON,
    /** A company of the business registry (USCC or registration number known). */
    COMPANY,
    /** A company outside the registry: bank, 国资委, foreign parent. */
    EXTERNAL
}
