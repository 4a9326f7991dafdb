// The most recent finished analytics run.
// Returns: run (properties)
MATCH (r:AnalyticsRun {state: 'done'})
RETURN properties(r) AS run
ORDER BY r.finishedAt DESC
LIMIT 1
