// Writes the per-company results of a run onto the companies whose results changed (control, group, guarantee
// position), and replaces their CONTROLS when the control changed: both in one transaction, so a company's results
// and its CONTROLS always agree.
// Parameters: $rows [{id, ultimateControllerId, controlBasis, controlPath, groupRootId, groupSize, longestChain,
//                     circleId, replaceControl}], $runId, $asOf
UNWIND $rows AS row
MATCH (c:Company {id: row.id})
SET c.ultimateControllerId = row.ultimateControllerId, c.controlBasis = row.controlBasis,
    c.controlPath = row.controlPath, c.groupRootId = row.groupRootId, c.groupSize = row.groupSize,
    c.longestChain = row.longestChain, c.circleId = row.circleId, c.analyticsRunId = $runId
WITH c, row
WHERE row.replaceControl
CALL (c) {
  MATCH (c)<-[old:CONTROLS]-()
  DELETE old
}
WITH c, row
WHERE row.ultimateControllerId IS NOT NULL
MATCH (x:Entity {id: row.ultimateControllerId})
CREATE (x)-[:CONTROLS {basis: row.controlBasis, path: row.controlPath, runId: $runId, asOf: $asOf}]->(c)
