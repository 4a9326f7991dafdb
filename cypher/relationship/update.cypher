// Updates relationships found by a write batch's read (element ids of this transaction): holdings and guarantees
// whose facts changed (after relationship/keep-history), positions and case parties seen again.
// Parameters: $rows [{rel, fingerprint, props: {...}}]
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.rel
SET r += row.props, r.fingerprint = row.fingerprint
