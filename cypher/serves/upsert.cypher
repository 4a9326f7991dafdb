// Upserts a person's position in a company (任职), one relationship per position.
// Parameters: $rows [{from, to, key (position), props: {...}}]
UNWIND $rows AS row
MATCH (p:Entity {id: row.from})
MATCH (c:Entity {id: row.to})
MERGE (p)-[r:SERVES {position: row.key}]->(c)
SET r += row.props
