// Appends the current values of guarantee contracts about to change to their history.
// Parameters: $rows [{from, to, key}]
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r:GUARANTEES {contractKey: row.key}]->(:Entity {id: row.to})
SET r.history = coalesce(r.history, []) + apoc.convert.toJson(apoc.map.removeKeys(properties(r), ['history', 'fingerprint']))
