package com.guanxi.tags;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The stored tags of one analytics run.
 *
 * @param runId         the analytics run
 * @param ordinal       1, 2, 3 … in the order runs were stored: "the previous run" is the one with ordinal - 1
 * @param asOf          evaluation date
 * @param version       version of the tag computation
 * @param recordedAt    when the tags were stored
 * @param previousRunId the run the changes were computed against; null for the first run
 * @param tagCount      tags stored
 * @param changeCount   changes against the previous run
 * @param firstSeq      sequence number of the first change; 0 when there were none
 * @param lastSeq       sequence number of the last change; 0 when there were none
 */
public record TagRunInfo(String runId, long ordinal, LocalDate asOf, String version, Instant recordedAt,
                         String previousRunId, int tagCount, int changeCount, long firstSeq, long lastSeq) {
    public TagRunInfo {
        if (runId == null || runId.isBlank()) throw new IllegalArgumentException("runId is required");
        if (ordinal < 1) throw new IllegalArgumentException("ordinal starts at 1");
        boolean spanOk = changeCount == 0 ? firstSeq == 0 && lastSeq == 0
                : firstSeq >= 1 && lastSeq - firstSeq + 1 == changeCount;
        if (!spanOk) {
            throw new IllegalArgumentException("run " + runId + ": " + changeCount + " changes cannot span " + firstSeq + ".." + lastSeq);
        }
    }
}
