// Registry companies with the facts the analytics need (capital, status, legal representative, contacts).
// Returns: id, capital, currency, capitalRaw, status, legalRepId, address, phone, email
MATCH (c:Company)
WHERE c.registry = true
OPTIONAL CALL (c) {
  MATCH (p:Person)-[:SERVES {position: '法定代表人'}]->(c)
  RETURN p.id AS legalRepId
  ORDER BY p.id
  LIMIT 1
}
RETURN c.id AS id, c.registeredCapital AS capital, c.currency AS currency, c.registeredCapitalRaw AS capitalRaw,
       c.status AS status, legalRepId, c.address AS address, c.phone AS phone, c.email AS email
