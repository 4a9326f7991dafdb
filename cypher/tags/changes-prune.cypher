// Deletes tag changes recorded before $before that every active webhook has received, in batches (run outside an
// explicit transaction): a failing receiver keeps its backlog however old it gets.
// Parameters: $before (ISO-8601 instant)
// Returns: deleted
OPTIONAL MATCH (w:Webhook {active: true})
WITH min(w.cursor) AS slowest
MATCH (c:TagChange)
WHERE datetime(c.recordedAt) < datetime($before) AND (slowest IS NULL OR c.seq <= slowest)
CALL (c) {
  DELETE c
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(*) AS deleted
