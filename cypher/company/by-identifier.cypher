// Exact lookup by USCC, reg_no or id (the search box given an identifier).
// Parameters: $identifier
// Returns: id, uscc, name, formerNames, status
MATCH (c:Company)
WHERE c.id = $identifier OR c.uscc = $identifier OR c.regNo = $identifier
RETURN c.id AS id, c.uscc AS uscc, c.name AS name, coalesce(c.formerNames, []) AS formerNames, c.status AS status
LIMIT 5
