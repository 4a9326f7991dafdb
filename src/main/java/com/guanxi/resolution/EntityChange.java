package com.guanxi.resolution;

/**
 * An entity id that earlier batches used and that now changes: an outside organisation found in the registry
 * (COMPANY, {@code EXT-…} → USCC), or a person mention that moved to another person (merge, or a split after a
 * reviewer's rejection). {@code mentionKey} is set for person changes.
 */
public record EntityChange(EntityType entityType, String fromId, String toId, String mentionKey, String reason) {
}
