package com.guanxi.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored decision: the champion's decision (the answer), the challenger's on the same inputs (logged only, null
 * when no challenger is configured), and how the application's names were resolved.
 *
 * @param id             stable id ({@code GET /api/decisions/{id}})
 * @param decidedAt      when it was decided
 * @param tagRunId       the analytics run whose tags were used
 * @param asOf           that run's evaluation date
 * @param application    the application as sent
 * @param applicantId    the applicant resolved
 * @param guarantorIds   the guarantors resolved, in the order sent
 * @param champion       the answer
 * @param challenger     the challenger's decision, never the answer; null without a challenger
 */
public record DecisionRecord(String id, Instant decidedAt, String tagRunId, LocalDate asOf, CreditApplication application,
                             String applicantId, List<String> guarantorIds, Decision champion, Decision challenger) {
    public DecisionRecord {
        if (id == null || champion == null) throw new IllegalArgumentException("a stored decision needs an id and the champion's decision");
        guarantorIds = List.copyOf(guarantorIds);
    }
}
