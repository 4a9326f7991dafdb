// The tags of some subjects in one run.
// Parameters: $runId, $ids
// Returns: tag (properties)
UNWIND $ids AS id
MATCH (t:Tag {subjectId: id, runId: $runId})
RETURN properties(t) AS tag
