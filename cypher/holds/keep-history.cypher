// Appends the current values of holdings about to change to their history.
// Parameters: $rows [{from, to}]
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r:HOLDS]->(:Entity {id: row.to})
SET r.history = coalesce(r.history, []) + apoc.convert.toJson(apoc.map.removeKeys(properties(r), ['history', 'fingerprint']))
