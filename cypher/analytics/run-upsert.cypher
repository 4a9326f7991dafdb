// Records an analytics run (state, as-of date, version, timings and counts as JSON).
// Parameters: $run {runId, state, asOf, version, startedAt, finishedAt, timings, counts, error}
MERGE (r:AnalyticsRun {runId: $run.runId})
SET r += $run
