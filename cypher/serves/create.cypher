// Creates positions the graph does not have yet (see holds/create).
// Parameters: $rows [{from, to, key (position), props: {...}}]
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row.from
MATCH (c) WHERE elementId(c) = row.to
CREATE (p)-[r:SERVES]->(c)
SET r = row.props, r.position = row.key
