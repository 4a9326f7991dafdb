// Holdings between companies: the ownership links that tie persons on nearby companies together.
// Returns: holderId, companyId
MATCH (h:Company)-[:HOLDS]->(c:Company)
RETURN h.id AS holderId, c.id AS companyId
