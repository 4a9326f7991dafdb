// Every party to every case (涉诉) with its role and the case's cause, for litigation-based tags.
// Returns: row = [caseNo, cause, entityId, role]
MATCH (e:Entity)-[r:PARTY_TO]->(k:Case)
RETURN [k.caseNo, k.cause, e.id, r.role] AS row
