// Every guarantee contract guarantor -> borrower with its amount, dates and status. The parties' kinds are told by
// the loader: a person by label, a registry company by the companies projection.
// Returns: row = [contractId, guarantorId, guarantorIsPerson, borrowerId, borrowerIsPerson, amount, start, end, status]
MATCH (g:Entity)-[r:GUARANTEES]->(b:Entity)
RETURN [r.contractKey, g.id, g:Person, b.id, b:Person, r.amount, r.start, r.end, r.status] AS row
