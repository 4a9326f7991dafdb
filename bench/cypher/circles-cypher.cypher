// Every 担保圈 in plain Cypher: for each guarantor or borrower of an active guarantee, its component over active
// guarantees (as circle-sizes-cypher); a component is kept once, from its smallest member id, when it has at least
// 3 members. Work grows with the sum over parties of their component's size.
// Parameters: $asOf
// Returns: circles, members, largest
MATCH (g:Entity)-[r:GUARANTEES]-()
WHERE coalesce(r.status, 'active') <> 'released' AND (r.start IS NULL OR r.start <= $asOf)
  AND (r.end IS NULL OR $asOf <= r.end)
WITH DISTINCT g
CALL (g) {
  OPTIONAL MATCH ANY SHORTEST (g)(()-[r:GUARANTEES]-() WHERE coalesce(r.status, 'active') <> 'released'
        AND (r.start IS NULL OR r.start <= $asOf) AND (r.end IS NULL OR $asOf <= r.end))+(m)
  WHERE m <> g
  RETURN collect(DISTINCT m.id) AS others
}
WITH g, others
WHERE size(others) >= 2 AND all(o IN others WHERE g.id < o)
RETURN count(*) AS circles, sum(size(others) + 1) AS members, max(size(others) + 1) AS largest
