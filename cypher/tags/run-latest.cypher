// The latest tag run (highest ordinal).
// Returns: run (properties)
MATCH (r:TagRun)
RETURN properties(r) AS run
ORDER BY r.ordinal DESC
LIMIT 1
