// One case with its parties.
// Parameters: $caseNo (normalised)
// Returns: case (properties), parties [{entityId, entityType, name, role, raw, confidence}]
MATCH (k:Case {caseNo: $caseNo})
OPTIONAL MATCH (e:Entity)-[r:PARTY_TO]->(k)
RETURN properties(k) AS case,
       [x IN collect({entityId: e.id, entityType: CASE WHEN e:Person THEN 'Person' ELSE 'Company' END, name: e.name,
                      role: r.role, raw: r.raw, confidence: r.confidence}) WHERE x.entityId IS NOT NULL] AS parties
