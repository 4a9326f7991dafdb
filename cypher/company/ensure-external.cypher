// Creates companies outside the registry (banks, 国资委, foreign parents, names not yet resolved to a registry
// entry) as stable entities of their own; an existing node is left as it is.
// Parameters: $rows [{id, props: {name, nameNorm, kind, ...}}]
UNWIND $rows AS row
MERGE (c:Company:Entity {id: row.id})
ON CREATE SET c += row.props, c.registry = false, c:External
