// Creates holdings the graph does not have yet between nodes found by holds/fingerprints (element ids of this
// transaction), rows sorted by their ends so that concurrent batches lock nodes in one order.
// Parameters: $rows [{from, to, fingerprint, props: {...}}]
UNWIND $rows AS row
MATCH (h) WHERE elementId(h) = row.from
MATCH (c) WHERE elementId(c) = row.to
CREATE (h)-[r:HOLDS]->(c)
SET r = row.props, r.fingerprint = row.fingerprint
