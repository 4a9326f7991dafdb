// Tag runs whose tags fall outside the retention (all but the $keep latest), not yet pruned.
// Parameters: $keep
// Returns: runId
MATCH (r:TagRun)
WITH r ORDER BY r.ordinal DESC
WITH collect(r) AS runs
UNWIND runs[$keep..] AS r
WITH r WHERE r.pruned IS NULL
RETURN r.runId AS runId
