// Earlier versions of a company's facts, newest first.
// Parameters: $id
// Returns: facts (JSON text), supersededByBatch, supersededAt
MATCH (:Company {id: $id})-[:HAD]->(h:History)
RETURN h.facts AS facts, h.supersededByBatch AS supersededByBatch, toString(h.supersededAt) AS supersededAt
ORDER BY h.supersededAt DESC
