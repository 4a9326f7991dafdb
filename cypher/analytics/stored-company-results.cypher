// The per-company results the graph holds (what the last write-back left), to write only what a run changes.
// Returns: row = [id, ultimateControllerId, controlBasis, controlPath, groupRootId, groupSize, longestChain, circleId]
MATCH (c:Company)
WHERE c.analyticsRunId IS NOT NULL
RETURN [c.id, c.ultimateControllerId, c.controlBasis, c.controlPath, c.groupRootId, c.groupSize, c.longestChain,
        c.circleId] AS row
