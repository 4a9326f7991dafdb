// Creates guarantee contracts the graph does not have yet (see holds/create).
// Parameters: $rows [{from, to, key (contract key), fingerprint, props: {...}}]
UNWIND $rows AS row
MATCH (g) WHERE elementId(g) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (g)-[r:GUARANTEES]->(b)
SET r = row.props, r.contractKey = row.key, r.fingerprint = row.fingerprint
