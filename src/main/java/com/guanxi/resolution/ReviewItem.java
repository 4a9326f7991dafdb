package com.guanxi.resolution;

import java.util.List;

/**
 * A decision left to a person: a company mention whose best candidates are too close or below the match
 * threshold, or two person mentions of one name with some but not enough shared context.
 *
 * @param id         stable id (subject key + type), so re-running a batch does not duplicate the item
 * @param subjectKey the mention's {@link MentionRef#key()}
 * @param raw        the name as written
 * @param reason     AMBIGUOUS (two candidates fit about equally), BELOW_MATCH (one fits, not well enough),
 *                   PERSON_PAIR (same-name persons with weak shared context)
 * @param candidates for companies: entities; for persons: {@code entityId} holds the other mention's key
 */
public record ReviewItem(String id, EntityType entityType, String subjectKey, String raw, String reason,
                         List<Candidate> candidates) {
    public ReviewItem {
        candidates = List.copyOf(candidates);
    }
}
