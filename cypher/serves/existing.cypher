// Both ends of each position of a write batch, and the position itself where the graph has it.
// Parameters: $rows [{i, from, to, key (position)}]
// Returns: i, from (element id), to (element id), rel (element id or null), fingerprint (null)
UNWIND $rows AS row
MATCH (p:Entity {id: row.from})
MATCH (c:Entity {id: row.to})
OPTIONAL MATCH (p)-[r:SERVES {position: row.key}]->(c)
RETURN row.i AS i, elementId(p) AS from, elementId(c) AS to, elementId(r) AS rel, null AS fingerprint
