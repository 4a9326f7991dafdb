package com.guanxi.resolution;

import com.guanxi.ingest.SourceRef;

/**
 * Where a name was mentioned: the source row and field, and the company the row is about (the context that tells
 * two same-name persons apart). {@code aboutCompanyId} may be null.
 */
public record MentionContext(SourceRef source, String field, String aboutCompanyId) {
}
