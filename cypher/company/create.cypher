// Creates registry companies the graph does not hold yet (entity/existing said so, and no concurrent write batch
// carries the same id); cheaper than company/upsert's MERGE. Properties without a value are left out beforehand.
// Parameters: $rows [{id, fingerprint, props: {...}}]
UNWIND $rows AS row
CREATE (c:Company:Entity)
SET c = row.props, c.id = row.id, c.fingerprint = row.fingerprint, c.registry = true
