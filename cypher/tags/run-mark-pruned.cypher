// Marks a tag run whose tags were deleted.
// Parameters: $runId
MATCH (r:TagRun {runId: $runId})
SET r.pruned = true
