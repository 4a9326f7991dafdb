// Appends tag changes to the change log.
// Parameters: $rows [{seq, runId, previousRunId, asOf, kind, subjectId, code, severityBefore, severityAfter,
//                     recordedAt, json}]
UNWIND $rows AS row
CREATE (c:TagChange)
SET c = row
