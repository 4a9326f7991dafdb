// The neighbourhood of one entity for the viewer: every path of up to $depth relationships of the given types,
// capped at $limit relationships. Guarantees are filtered to those active at $asOf when it is given; holdings
// to those acquired on or before it.
// Parameters: $id, $depth (1..3), $types (list of relationship types), $limit, $asOf (date or null)
// Returns: nodes [{id, labels, name}], edges [{id, source, target, type, props}]
MATCH (start:Entity {id: $id})
CALL apoc.path.subgraphAll(start, {maxLevel: $depth, relationshipFilter: apoc.text.join($types, '|'), limit: $limit})
YIELD nodes, relationships
WITH nodes, [r IN relationships WHERE $asOf IS NULL
      OR (type(r) = 'GUARANTEES' AND coalesce(r.start, date('0001-01-01')) <= $asOf AND coalesce(r.end, date('9999-12-31')) >= $asOf)
      OR (type(r) = 'HOLDS' AND coalesce(r.since, date('0001-01-01')) <= $asOf)
      OR NOT type(r) IN ['GUARANTEES', 'HOLDS']] AS kept
WITH nodes, kept[0..$limit] AS kept
RETURN [n IN nodes | {id: coalesce(n.id, n.caseNo), labels: labels(n), name: coalesce(n.name, n.caseNo),
                      status: n.status}] AS nodes,
       [r IN kept | {id: elementId(r), source: coalesce(startNode(r).id, startNode(r).caseNo),
                     target: coalesce(endNode(r).id, endNode(r).caseNo), type: type(r),
                     props: apoc.map.removeKeys(properties(r), ['fingerprint', 'history', 'text'])}] AS edges
