// Fingerprints of guarantee contracts already in the graph.
// Parameters: $rows [{from, to, key}]
// Returns: from, to, key, fingerprint
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r:GUARANTEES {contractKey: row.key}]->(:Entity {id: row.to})
RETURN row.from AS from, row.to AS to, row.key AS key, r.fingerprint AS fingerprint
