// Both ends of each case party of a write batch, and the party link itself where the graph has it.
// Parameters: $rows [{i, from (entity id), to (case number), key (role)}]
// Returns: i, from (element id), to (element id), rel (element id or null), fingerprint (null)
UNWIND $rows AS row
MATCH (e:Entity {id: row.from})
MATCH (k:Case {caseNo: row.to})
OPTIONAL MATCH (e)-[r:PARTY_TO {role: row.key}]->(k)
RETURN row.i AS i, elementId(e) AS from, elementId(k) AS to, elementId(r) AS rel, null AS fingerprint
