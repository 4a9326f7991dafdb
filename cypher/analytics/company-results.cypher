// Writes the per-company results of a run onto the company (control, group, guarantee position).
// Parameters: $rows [{id, ultimateControllerId, controlBasis, controlPath, groupRootId, groupSize, longestChain,
//                     circleId}], $runId
UNWIND $rows AS row
MATCH (c:Company {id: row.id})
SET c.ultimateControllerId = row.ultimateControllerId, c.controlBasis = row.controlBasis,
    c.controlPath = row.controlPath, c.groupRootId = row.groupRootId, c.groupSize = row.groupSize,
    c.longestChain = row.longestChain, c.circleId = row.circleId, c.analyticsRunId = $runId
