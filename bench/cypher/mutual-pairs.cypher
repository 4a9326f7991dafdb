// 互保 in plain Cypher: unordered pairs {A, B} with an active guarantee A -> B and one B -> A on $asOf (active:
// status not 'released', start <= $asOf <= end, open bounds allowed — as the analytics read it).
// Parameters: $asOf
// Returns: pairs
MATCH (a:Entity)-[r:GUARANTEES]->(b:Entity)
WHERE a.id < b.id AND coalesce(r.status, 'active') <> 'released'
  AND (r.start IS NULL OR r.start <= $asOf) AND (r.end IS NULL OR $asOf <= r.end)
  AND EXISTS {
    MATCH (b)-[s:GUARANTEES]->(a)
    WHERE coalesce(s.status, 'active') <> 'released'
      AND (s.start IS NULL OR s.start <= $asOf) AND (s.end IS NULL OR $asOf <= s.end)
  }
RETURN count(DISTINCT [a.id, b.id]) AS pairs
