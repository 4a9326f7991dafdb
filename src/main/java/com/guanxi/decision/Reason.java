package com.guanxi.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.guanxi.tags.PlainData;
import com.guanxi.tags.Severity;
import java.util.Map;

/**
 * Why a decision came out as it did: one rule that fired, and one tag that made it fire (with that tag's
 * evidence), or no tag when the rule did not depend on tags (e.g. an amount limit). A rule fired by two tags
 * gives two reasons. In JSON, {@code rule}, {@code tag} and {@code evidence} are always written (api.md), the
 * other fields only when set.
 *
 * @param rule        id of the rule or scorecard condition in its ruleset
 * @param description the rule's description from the ruleset
 * @param outcome     the outcome a hard rule imposes; {@code null} for a scorecard condition
 * @param points      the points a scorecard condition adds; {@code null} for a hard rule
 * @param tag         the tag code that made the rule fire, or {@code null}
 * @param subjectId   the subject carrying that tag, or {@code null}
 * @param severity    that tag's severity, or {@code null}
 * @param evidence    that tag's evidence (ids plus path or member list), or {@code null}
 * @param error       why the rule could not be evaluated (then {@code outcome} is review), else {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(String rule, String description, Outcome outcome, Integer points,
                     @JsonInclude(JsonInclude.Include.ALWAYS) String tag, String subjectId, Severity severity,
                     @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Object> evidence, String error) {

    public Reason {
        if (rule == null || rule.isBlank()) throw new IllegalArgumentException("reason must name its rule");
        if (outcome == null && points == null) throw new IllegalArgumentException("reason " + rule + " needs an outcome or points");
        evidence = evidence == null ? null : PlainData.freezeMap(evidence);
    }
}
