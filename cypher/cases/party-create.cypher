// Creates case party links the graph does not have yet (see holds/create).
// Parameters: $rows [{from, to, key (role), props: {...}}]
UNWIND $rows AS row
MATCH (e) WHERE elementId(e) = row.from
MATCH (k) WHERE elementId(k) = row.to
CREATE (e)-[r:PARTY_TO]->(k)
SET r = row.props, r.role = row.key
