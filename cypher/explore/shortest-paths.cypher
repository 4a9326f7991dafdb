// 查关系: the shortest paths between two entities over any relationship, up to $maxDepth hops, at most $limit paths.
// Parameters: $from, $to, $maxDepth (1..6), $limit
// Returns: nodes [{id, labels, name}], edges [{id, source, target, type, props}]
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxDepth
WITH p LIMIT $limit
WITH collect(p) AS paths
WITH apoc.coll.toSet(apoc.coll.flatten([p IN paths | nodes(p)])) AS nodes,
     apoc.coll.toSet(apoc.coll.flatten([p IN paths | relationships(p)])) AS rels
RETURN [n IN nodes | {id: coalesce(n.id, n.caseNo), labels: labels(n), name: coalesce(n.name, n.caseNo)}] AS nodes,
       [r IN rels | {id: elementId(r), source: coalesce(startNode(r).id, startNode(r).caseNo),
                     target: coalesce(endNode(r).id, endNode(r).caseNo), type: type(r),
                     props: apoc.map.removeKeys(properties(r), ['fingerprint', 'history', 'text'])}] AS edges
