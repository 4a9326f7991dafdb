// 担保圈 membership with APOC: the weakly connected component of each seed over GUARANTEES. The path expander filters
// by relationship type and direction only, not by properties, so released and expired contracts are walked too.
// Parameters: $seeds (entity ids)
// Returns: seedId, size
UNWIND $seeds AS seedId
MATCH (s:Entity {id: seedId})
CALL apoc.path.subgraphNodes(s, {relationshipFilter: 'GUARANTEES', bfs: true}) YIELD node
RETURN seedId, count(node) AS size
