// Links a party (company or person) to a case with its role (涉诉).
// Parameters: $rows [{from (entity id), to (case number), key (role), props: {...}}]
UNWIND $rows AS row
MATCH (e:Entity {id: row.from})
MATCH (k:Case {caseNo: row.to})
MERGE (e)-[r:PARTY_TO {role: row.key}]->(k)
SET r += row.props
