// Upserts registry companies by id (a company first met as an outside stub becomes a registry company). Rows whose
// facts did not change are filtered out beforehand, and changed ones had their previous facts kept as :History
// (company/keep-history), so this statement only writes.
// Parameters: $rows [{id, fingerprint, props: {...}}]
UNWIND $rows AS row
MERGE (c:Company:Entity {id: row.id})
SET c += row.props, c.fingerprint = row.fingerprint, c.registry = true
REMOVE c:External
