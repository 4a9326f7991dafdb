// Every position, holding, guarantee and court case of a person with the row it was read from: the person mentions
// a new batch is clustered against, so a person already in the graph keeps its id.
// Returns: personId, name, type (SERVES|HOLDS|GUARANTEES|PARTY_TO), position (SERVES position or PARTY_TO role),
//          companyId (null for a case), caseNo (null for a company), batchId, file, line
CALL () {
  MATCH (p:Person)-[r:SERVES|HOLDS|GUARANTEES]->(c:Company)
  RETURN p, r, c.id AS companyId, null AS caseNo
  UNION ALL
  MATCH (p:Person)-[r:PARTY_TO]->(k:Case)
  RETURN p, r, null AS companyId, k.caseNo AS caseNo
}
RETURN p.id AS personId, p.name AS name, type(r) AS type, coalesce(r.position, r.role) AS position, companyId, caseNo,
       r.batchId AS batchId, r.sourceFile AS file, r.sourceLine AS line
ORDER BY batchId, file, line
