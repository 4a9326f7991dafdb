// Stores the tags of a run, each linked from its subject.
// Parameters: $rows [{subjectId, code, severity, nameZh, nameEn, evidence (JSON text), asOf, version, runId}]
UNWIND $rows AS row
CREATE (t:Tag)
SET t = row
WITH t, row
MATCH (e:Entity {id: row.subjectId})
CREATE (e)-[:HAS_TAG]->(t)
