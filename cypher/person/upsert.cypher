// Creates or updates persons by their resolved id.
// Parameters: $rows [{id, props: {name, ...}}]
UNWIND $rows AS row
MERGE (p:Person:Entity {id: row.id})
SET p += row.props
