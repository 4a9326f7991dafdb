// Fingerprints of the facts of companies already in the graph, to skip unchanged rows and keep history of changed ones.
// Parameters: $rows [{id}]
// Returns: id, fingerprint (null for an outside stub)
UNWIND $rows AS row
MATCH (c:Company {id: row.id})
RETURN c.id AS id, CASE WHEN c.registry = true THEN c.fingerprint END AS fingerprint
