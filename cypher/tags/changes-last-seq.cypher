// The highest sequence number in the change log (0 when empty); ordered by the seq index, so it reads one entry.
// Returns: seq
OPTIONAL CALL () {
  MATCH (c:TagChange)
  WHERE c.seq IS NOT NULL
  RETURN c.seq AS last
  ORDER BY c.seq DESC
  LIMIT 1
}
RETURN coalesce(last, 0) AS seq
