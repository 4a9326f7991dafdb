// Every 法定代表人 position, found through the SERVES position index (schema V006) rather than by expanding every
// company's positions; the loader keeps the smallest person id per company.
// Returns: row = [companyId, personId]
MATCH (p:Person)-[:SERVES {position: '法定代表人'}]->(c:Company)
RETURN [c.id, p.id] AS row
