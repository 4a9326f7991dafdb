// Derived control (控制): ultimate controller -> company, with the path that proves it.
// Parameters: $rows [{controller, company, basis, path}], $runId, $asOf
UNWIND $rows AS row
MATCH (x:Entity {id: row.controller})
MATCH (c:Company {id: row.company})
CREATE (x)-[:CONTROLS {basis: row.basis, path: row.path, runId: $runId, asOf: $asOf}]->(c)
