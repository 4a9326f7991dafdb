// Upserts guarantee contracts guarantor -> borrower, keyed by contract id and creditor. Unchanged rows are filtered
// out beforehand and changed ones had their previous values appended to r.history (guarantees/keep-history).
// Parameters: $rows [{from, to, key (contract key), fingerprint, props: {...}}]
UNWIND $rows AS row
MATCH (g:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (g)-[r:GUARANTEES {contractKey: row.key}]->(b)
SET r += row.props, r.fingerprint = row.fingerprint
