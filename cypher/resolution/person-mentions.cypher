// Every position, holding and guarantee of a person with the row it was read from: the person mentions a new
// batch is clustered against, so a person already in the graph keeps its id.
// Returns: personId, name, type (SERVES|HOLDS|GUARANTEES), position, companyId, batchId, file, line
MATCH (p:Person)-[r:SERVES|HOLDS|GUARANTEES]->(c:Company)
RETURN p.id AS personId, p.name AS name, type(r) AS type, r.position AS position, c.id AS companyId,
       r.batchId AS batchId, r.sourceFile AS file, r.sourceLine AS line
ORDER BY batchId, file, line
