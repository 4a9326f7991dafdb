// Identifiers and names of every registry company: the snapshot a new batch is resolved against.
// Returns: id, uscc, regNo, name, formerNames
MATCH (c:Company)
WHERE c.registry = true
RETURN c.id AS id, c.uscc AS uscc, c.regNo AS regNo, c.name AS name, coalesce(c.formerNames, []) AS formerNames
