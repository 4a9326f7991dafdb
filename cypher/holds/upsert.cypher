// Upserts holdings (持股) holder -> company. Unchanged rows are filtered out beforehand and changed ones had their
// previous values appended to r.history (holds/keep-history).
// Parameters: $rows [{from, to, fingerprint, props: {ratio, subscribedCapital, since, ...}}]
UNWIND $rows AS row
MATCH (h:Entity {id: row.from})
MATCH (c:Entity {id: row.to})
MERGE (h)-[r:HOLDS]->(c)
SET r += row.props, r.fingerprint = row.fingerprint
