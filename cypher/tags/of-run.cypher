// Every tag of one run.
// Parameters: $runId
// Returns: tag (properties)
MATCH (t:Tag {runId: $runId})
RETURN properties(t) AS tag
