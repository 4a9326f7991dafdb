package com.guanxi.tags;

import java.time.LocalDate;
import java.util.Map;

/**
 * A risk tag (风险标签) on one subject, as defined in definitions.md "Risk tags": a stable code, its Chinese and
 * English names, a severity, the subject (USCC or Guanxi id), the evidence that proves it, the evaluation date
 * and the version of the computation, plus the analytics run that produced it.
 *
 * @param code      catalogue code, e.g. {@code GUARANTEE_LOOP}
 * @param nameZh    Chinese name, e.g. 循环担保
 * @param nameEn    English name
 * @param severity  high / medium / low
 * @param subjectId the tagged company or person
 * @param evidence  ids plus a path or member list (e.g. {@code cycle: [A, B, C]}); frozen JSON-like data,
 *                  see {@link PlainData}
 * @param asOf      evaluation date of the facts behind the tag
 * @param version   version of the computation that derived it
 * @param runId     analytics run that produced it; {@code null} for a tag not produced by a stored run
 */
public record Tag(String code, String nameZh, String nameEn, Severity severity, String subjectId,
                  Map<String, Object> evidence, LocalDate asOf, String version, String runId) {

    public Tag {
        requireText(code, "code");
        requireText(nameZh, "nameZh");
        requireText(nameEn, "nameEn");
        requireText(subjectId, "subjectId");
        requireText(version, "version");
        if (severity == null) throw new IllegalArgumentException("tag " + code + " on " + subjectId + ": severity is required");
        if (asOf == null) throw new IllegalArgumentException("tag " + code + " on " + subjectId + ": asOf is required");
        evidence = PlainData.freezeMap(evidence);
    }

    /** The same tag with another severity (e.g. escalated by the tag job). */
    public Tag withSeverity(Severity newSeverity) {
        return new Tag(code, nameZh, nameEn, newSeverity, subjectId, evidence, asOf, version, runId);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("tag " + field + " is required");
    }
}
