// Creates persons the graph does not hold yet (see person/upsert).
// Parameters: $rows [{id, props: {name, ...}}]
UNWIND $rows AS row
CREATE (p:Person:Entity)
SET p = row.props, p.id = row.id
