// Tag changes after a sequence number, oldest first.
// Parameters: $since, $limit
// Returns: json (the change as JSON text)
MATCH (c:TagChange)
WHERE c.seq > $since
RETURN c.json AS json
ORDER BY c.seq
LIMIT $limit
