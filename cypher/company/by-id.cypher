// One company with its identifiers and facts, addressed by id, USCC or reg_no.
// Parameters: $id
// Returns: company (properties map), labels
MATCH (c:Company)
WHERE c.id = $id OR c.uscc = $id OR c.regNo = $id
RETURN properties(c) AS company, labels(c) AS labels
LIMIT 1
