// The tags of some subjects in one run. The hint keeps the planner on the (subjectId, runId) index: planned on its
// own, the run's index alone matches every tag of the run for each id.
// Parameters: $runId, $ids
// Returns: tag (properties)
UNWIND $ids AS id
MATCH (t:Tag)
USING INDEX t:Tag(subjectId, runId)
WHERE t.subjectId = id AND t.runId = $runId
RETURN properties(t) AS tag
