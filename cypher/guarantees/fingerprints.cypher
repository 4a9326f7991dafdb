// Both ends of each guarantee contract of a write batch, and the contract itself where the graph has it.
// Parameters: $rows [{i, from, to, key}]
// Returns: i, from (element id), to (element id), rel (element id or null), fingerprint
UNWIND $rows AS row
MATCH (g:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (g)-[r:GUARANTEES {contractKey: row.key}]->(b)
RETURN row.i AS i, elementId(g) AS from, elementId(b) AS to, elementId(r) AS rel, r.fingerprint AS fingerprint
