// Keeps the current facts of companies about to change as :History nodes (a later batch never loses what was known).
// Parameters: $rows [{id}], $batchId
UNWIND $rows AS row
MATCH (c:Company {id: row.id})
CREATE (c)-[:HAD]->(:History {entityId: c.id, facts: apoc.convert.toJson(apoc.map.removeKeys(properties(c), ['fingerprint'])),
                             supersededByBatch: $batchId, supersededAt: datetime()})
