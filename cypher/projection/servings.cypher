// Every position of a person in a company (任职), for associated parties (交叉任职).
// Returns: row = [personId, companyId, position]
MATCH (p:Person)-[r:SERVES]->(c:Company)
RETURN [p.id, c.id, r.position] AS row
