package com.guanxi.ingest;

/**
 * A row that could not be loaded. {@code reason} is one of the stable codes: invalid_uscc, missing_required,
 * unparseable_date, unparseable_amount, negative_amount, ratio_out_of_range, unparseable_ratio,
 * wrong_column_count, invalid_encoding, malformed_json (more may be added); {@code detail} is a human sentence.
 * {@code column} and {@code value} are null when the whole row is at fault.
 */
public record Reject(String file, long line, String column, String value, String reason, String detail) {
}
