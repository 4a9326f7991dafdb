// One stored decision.
// Parameters: $id
// Returns: json
MATCH (d:Decision {id: $id})
RETURN d.json AS json
