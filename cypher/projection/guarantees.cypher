// Every guarantee contract guarantor -> borrower with its amount, dates and status.
// Returns: contractId, guarantorId, guarantorKind, borrowerId, borrowerKind, amount, currency, start, end, status
MATCH (g:Entity)-[r:GUARANTEES]->(b:Entity)
RETURN r.contractKey AS contractId,
       g.id AS guarantorId,
       CASE WHEN g:Person THEN 'PERSON' WHEN g.registry = true THEN 'COMPANY' ELSE 'EXTERNAL' END AS guarantorKind,
       b.id AS borrowerId,
       CASE WHEN b:Person THEN 'PERSON' WHEN b.registry = true THEN 'COMPANY' ELSE 'EXTERNAL' END AS borrowerKind,
       r.amount AS amount, r.currency AS currency, r.start AS start, r.end AS end, r.status AS status
