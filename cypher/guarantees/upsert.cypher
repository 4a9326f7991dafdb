// Upserts guarantee contracts guarantor -> borrower, keyed by contract id and creditor; a changed contract keeps
// its previous values in r.history.
// Parameters: $rows [{from, to, key (contract key), fingerprint, props: {...}}]
UNWIND $rows AS row
MATCH (g:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (g)-[r:GUARANTEES {contractKey: row.key}]->(b)
WITH r, row, (r.fingerprint IS NOT NULL AND r.fingerprint <> row.fingerprint) AS changed
SET r.history = CASE WHEN changed
      THEN coalesce(r.history, []) + apoc.convert.toJson(apoc.map.removeKeys(properties(r), ['history', 'fingerprint']))
      ELSE r.history END
SET r += row.props, r.fingerprint = row.fingerprint
