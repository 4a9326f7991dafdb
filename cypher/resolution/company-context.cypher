// The company context persons are compared in: every company with its contacts, and whether it is in the
// registry (outside organisations are named too, so a new mention of one finds it by its name).
// Returns: id, uscc, name, registry, address, phone, email
MATCH (c:Company)
RETURN c.id AS id, c.uscc AS uscc, c.name AS name, coalesce(c.registry, false) AS registry, c.address AS address, c.phone AS phone, c.email AS email
