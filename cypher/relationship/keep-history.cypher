// Appends the current values of holdings or guarantees about to change to their history (element ids of this
// transaction).
// Parameters: $rows [{rel}]
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.rel
SET r.history = coalesce(r.history, []) + apoc.convert.toJson(apoc.map.removeKeys(properties(r), ['history', 'fingerprint']))
