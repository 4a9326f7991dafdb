package com.guanxi.resolution;

/** A mention (where, what was written) and its resolution. {@code role} is the party role for judgment parties. */
public record MentionResolution(MentionRef ref, String raw, String role, Resolution resolution) {
}
