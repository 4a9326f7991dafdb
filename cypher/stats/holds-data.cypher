// Whether the database holds anything besides its schema version: only an empty one may be replaced by a bulk load.
// Both counts come from the counts store, no scan.
// Returns: nodes, schemaNodes
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH (v:SchemaVersion) RETURN count(v) AS schemaNodes }
RETURN nodes, schemaNodes
