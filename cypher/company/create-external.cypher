// Creates companies outside the registry that the graph does not hold yet (see company/ensure-external).
// Parameters: $rows [{id, props: {name, nameNorm, uscc, ...}}]
UNWIND $rows AS row
CREATE (c:Company:Entity:External)
SET c = row.props, c.id = row.id, c.registry = false
