package com.guanxi.resolution;

/**
 * A judgment party with its entity: role (原告, 上诉人 …), the bracketed detail (原审被告) or null, what it is,
 * its entity id (null while in review), the name as written and where, and its representative's person id.
 */
public record ResolvedParty(String role, String roleDetail, EntityType entityType, String entityId, String raw,
                            MentionRef ref, String representativeId) {
}
