// Both ends of each holding of a write batch, and the holding itself where the graph has it (with its fingerprint):
// an absent holding is created between the two nodes found here, a present one is updated or skipped.
// Parameters: $rows [{i, from, to}]
// Returns: i, from (element id), to (element id), rel (element id or null), fingerprint
UNWIND $rows AS row
MATCH (h:Entity {id: row.from})
MATCH (c:Entity {id: row.to})
OPTIONAL MATCH (h)-[r:HOLDS]->(c)
RETURN row.i AS i, elementId(h) AS from, elementId(c) AS to, elementId(r) AS rel, r.fingerprint AS fingerprint
