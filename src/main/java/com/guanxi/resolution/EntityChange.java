package com.guanxi.resolution;

/**
 * An entity id that earlier batches used and that now changes: an outside organisation found in the registry
 * (COMPANY, {@code EXT-…} → USCC), or a person mention that moved to another person (merge, or a split after a
 * reviewer's rejection). {@code mentionKey} is set for a person mention that moved, null for a whole entity that
 * is now another one ({@link #isMerge()}: the graph merges the two nodes).
 */
public record EntityChange(EntityType entityType, String fromId, String toId, String mentionKey, String reason) {

    /** The whole entity {@code fromId} is {@code toId} from now on. */
    public boolean isMerge() {
        return mentionKey == null && !fromId.equals(toId);
    }
}
