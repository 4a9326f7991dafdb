// The latest tag runs, newest first.
// Parameters: $limit
// Returns: run (properties)
MATCH (r:TagRun)
RETURN properties(r) AS run
ORDER BY r.ordinal DESC
LIMIT $limit
