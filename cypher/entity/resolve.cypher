// Resolves identifiers and exact names to entities: by id, USCC or reg_no, else by normalised name (registry
// companies first). One row per input that matched something.
// Parameters: $keys [{key, normName}]
// Returns: key, matches [{id, rank}] best first (rank 0: identifier, 1: registry name, 2: other name)
UNWIND $keys AS k
OPTIONAL CALL (k) {
  MATCH (e:Entity {id: k.key})
  RETURN e.id AS id, 0 AS rank
  UNION
  MATCH (c:Company {uscc: k.key})
  RETURN c.id AS id, 0 AS rank
  UNION
  MATCH (c:Company {regNo: k.key})
  RETURN c.id AS id, 0 AS rank
  UNION
  MATCH (c:Company {nameNorm: k.normName})
  RETURN c.id AS id, CASE WHEN c.registry = true THEN 1 ELSE 2 END AS rank
}
WITH k, id, rank
WHERE id IS NOT NULL
WITH k, id, min(rank) AS rank
ORDER BY rank, id
RETURN k.key AS key, collect({id: id, rank: rank}) AS matches
