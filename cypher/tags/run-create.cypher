// Records that the tags of an analytics run are stored.
// Parameters: $run {runId, ordinal, asOf, version, recordedAt, previousRunId, tagCount, changeCount, firstSeq, lastSeq}
CREATE (r:TagRun)
SET r = $run
