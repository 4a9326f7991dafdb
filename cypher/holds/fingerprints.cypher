// Fingerprints of holdings already in the graph.
// Parameters: $rows [{from, to}]
// Returns: from, to, key (null), fingerprint
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r:HOLDS]->(:Entity {id: row.to})
RETURN row.from AS from, row.to AS to, null AS key, r.fingerprint AS fingerprint
