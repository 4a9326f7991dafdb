// 股权穿透 downwards: the companies a company holds, and theirs, ... down to $depth levels (at most $limit paths).
// Parameters: $id, $depth, $limit, $asOf
// Returns: holder, company, ratio (one row per holding edge on the tree)
MATCH (root:Company {id: $id})
CALL apoc.path.expandConfig(root, {relationshipFilter: 'HOLDS>', maxLevel: $depth, uniqueness: 'NODE_PATH', limit: $limit})
YIELD path
WITH DISTINCT last(relationships(path)) AS r
WHERE r IS NOT NULL AND ($asOf IS NULL OR coalesce(r.since, date('0001-01-01')) <= $asOf)
RETURN startNode(r).id AS holder, endNode(r).id AS company, r.ratio AS ratio
