// Deletes the tags of one run in batches (run outside an explicit transaction); the TagRun node stays.
// Parameters: $runId
MATCH (t:Tag {runId: $runId})
CALL (t) {
  DETACH DELETE t
} IN TRANSACTIONS OF 10000 ROWS
