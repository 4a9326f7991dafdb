// Every party to every case (涉诉) with its role and the case's cause, for litigation-based tags.
// Returns: caseNo, cause, entityId, role
MATCH (e:Entity)-[r:PARTY_TO]->(k:Case)
RETURN k.caseNo AS caseNo, k.cause AS cause, e.id AS entityId, r.role AS role
