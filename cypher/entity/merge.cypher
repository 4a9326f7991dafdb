// Merges entities the resolver found to be one: a person whose mentions new context ties to another person, an
// outside organisation found in the registry. The `into` node keeps its properties (the other's are added where
// it has none) and takes over every relationship; the `from` node is deleted. Where both had the same relationship
// (same type, direction, other end and key: SERVES position, GUARANTEES contractKey, PARTY_TO role, HOLDS none),
// the `into` node's one is kept, as the import's MERGE keys would have. A registry company never keeps the
// External label.
// Parameters: $rows [{from, into}]
// Returns: merged (count)
UNWIND $rows AS row
MATCH (source:Entity {id: row.from})
MATCH (target:Entity {id: row.into})
WHERE source <> target
WITH target, source, [(target)-[r]-() | elementId(r)] AS ownRels
CALL apoc.refactor.mergeNodes([target, source], {properties: 'discard', mergeRels: false}) YIELD node
FOREACH (_ IN CASE WHEN node.registry = true THEN [1] ELSE [] END | REMOVE node:External)
WITH node, ownRels
CALL (node, ownRels) {
  MATCH (node)-[r]-(other)
  WITH r, other, startNode(r) = node AS outgoing, NOT elementId(r) IN ownRels AS takenOver
  ORDER BY takenOver
  WITH type(r) AS type, outgoing, other, coalesce(r.position, r.contractKey, r.role) AS key, collect(r) AS rels
  WHERE size(rels) > 1
  FOREACH (dup IN tail(rels) | DELETE dup)
  RETURN count(*) AS duplicates
}
RETURN count(node) AS merged
