// Guarantee circles (担保圈) of a run, linked to their members.
// Parameters: $rows [{id, size, totalAmount, edges, companyMembers, hasLoop, hasMutual, maxOutExposure,
//                     maxInExposure, members}], $runId, $asOf
UNWIND $rows AS row
CREATE (g:GuaranteeCircle {id: row.id, size: row.size, totalAmount: row.totalAmount, edges: row.edges,
                           companyMembers: row.companyMembers, hasLoop: row.hasLoop, hasMutual: row.hasMutual,
                           maxOutExposure: row.maxOutExposure, maxInExposure: row.maxInExposure,
                           runId: $runId, asOf: $asOf})
WITH g, row
UNWIND row.members AS memberId
MATCH (m:Entity {id: memberId})
CREATE (m)-[:IN_CIRCLE]->(g)
