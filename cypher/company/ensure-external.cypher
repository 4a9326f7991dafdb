// Creates companies outside the registry (banks, 国资委, foreign parents, names not yet resolved to a registry
// entry) as stable entities of their own. Name and identifiers are set once; a row carrying provenance (the batch's
// first mention of the company) sets where it was last seen, so the result does not depend on which write batch
// commits first. A company since found in the registry is left as it is.
// Parameters: $rows [{id, props: {name, nameNorm, uscc, [batchId, sourceFile, sourceLine]}}]
UNWIND $rows AS row
MERGE (c:Company:Entity {id: row.id})
ON CREATE SET c += row.props, c.registry = false, c:External
WITH c, row
WHERE c:External AND row.props.sourceFile IS NOT NULL
SET c.batchId = row.props.batchId, c.sourceFile = row.props.sourceFile, c.sourceLine = row.props.sourceLine
