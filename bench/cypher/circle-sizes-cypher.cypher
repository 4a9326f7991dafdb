// 担保圈 membership in plain Cypher (5.21+ SHORTEST): every party reachable from each seed over active guarantees in
// either direction — one shortest path per reachable party — plus the seed itself.
// Parameters: $seeds (entity ids), $asOf
// Returns: seedId, size
UNWIND $seeds AS seedId
MATCH (s:Entity {id: seedId})
CALL (s) {
  OPTIONAL MATCH ANY SHORTEST (s)(()-[r:GUARANTEES]-() WHERE coalesce(r.status, 'active') <> 'released'
        AND (r.start IS NULL OR r.start <= $asOf) AND (r.end IS NULL OR $asOf <= r.end))+(m)
  WHERE m <> s
  RETURN count(DISTINCT m) AS others
}
RETURN seedId, others + 1 AS size
