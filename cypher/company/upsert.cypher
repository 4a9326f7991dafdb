// Upserts registry companies by id. When the facts of a company change (fingerprint differs), the previous facts
// are kept as a :History node before the new ones are written, so later batches never lose what was known.
// Parameters: $rows [{id, fingerprint, props: {...}}], $batchId
UNWIND $rows AS row
MERGE (c:Company:Entity {id: row.id})
WITH c, row, (c.fingerprint IS NOT NULL AND c.fingerprint <> row.fingerprint) AS changed
CALL (c, row, changed) {
  WITH c, row, changed WHERE changed
  CREATE (c)-[:HAD]->(:History {entityId: c.id, facts: apoc.convert.toJson(apoc.map.removeKeys(properties(c), ['fingerprint'])),
                               supersededByBatch: $batchId, supersededAt: datetime()})
}
SET c += row.props, c.fingerprint = row.fingerprint, c.registry = true
REMOVE c:External
