package com.guanxi.resolution;

/** How a mention was linked to its entity. */
public enum Method {
    /** same USCC as a registry company or known external organisation */
    USCC,
    /** same 15-digit registration number */
    REG_NO,
    /** the scored name comparison reached the match threshold against a registry company */
    NAME_MATCH,
    /** the scored name comparison reached the match threshold against an organisation outside the registry */
    EXTERNAL_MATCH,
    /** no candidate came close: a new organisation outside the registry, id from its normalised name */
    EXTERNAL_NEW,
    /** the document itself defines the name (以下简称, 原名) */
    DOCUMENT_DEFINITION,
    /** a reviewer accepted this link */
    JUDGEMENT,
    /** not linked: waiting in the review queue with its candidates */
    REVIEW,
    /** person linked to other mentions of the same name by shared context */
    PERSON_CONTEXT,
    /** person with no other mention sharing enough context: an entity of its own */
    PERSON_NEW
}
