// Registry companies with the facts the analytics need (capital, status, contacts); the legal representatives come
// from projection/legal-representatives. One list per company: the driver builds one value per row, not a map.
// Returns: row = [id, capital, currency, capitalRaw, status, address, phone, email]
MATCH (c:Company)
WHERE c.registry = true
RETURN [c.id, c.registeredCapital, c.currency, c.registeredCapitalRaw, c.status, c.address, c.phone, c.email] AS row
