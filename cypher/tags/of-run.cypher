// Every tag of one run, one list per tag (a bulk read: a run has up to millions of tags).
// Parameters: $runId
// Returns: row = [code, nameZh, nameEn, severity, subjectId, evidence (JSON text), asOf, version, runId]
MATCH (t:Tag {runId: $runId})
RETURN [t.code, t.nameZh, t.nameEn, t.severity, t.subjectId, t.evidence, t.asOf, t.version, t.runId] AS row
