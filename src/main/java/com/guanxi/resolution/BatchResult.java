package com.guanxi.resolution;

import java.util.List;

/**
 * What resolving a batch produced: every company and person mention with its resolution, the review items,
 * the organisations outside the registry that were created, the ids that changed for earlier mentions, and the
 * judgments with their parties.
 */
public record BatchResult(List<MentionResolution> companyMentions, List<MentionResolution> personMentions,
                          List<ReviewItem> reviewItems, List<CompanyEntity> newExternals, List<EntityChange> changes,
                          List<JudgmentResult> judgments) {
    public BatchResult {
        companyMentions = List.copyOf(companyMentions);
        personMentions = List.copyOf(personMentions);
        reviewItems = List.copyOf(reviewItems);
        newExternals = List.copyOf(newExternals);
        changes = List.copyOf(changes);
        judgments = List.copyOf(judgments);
    }
}
