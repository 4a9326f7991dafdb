// One analytics run.
// Parameters: $runId
// Returns: run (properties)
MATCH (r:AnalyticsRun {runId: $runId})
RETURN properties(r) AS run
