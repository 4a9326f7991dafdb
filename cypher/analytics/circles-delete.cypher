// Removes guarantee circles that are gone or changed since the results in the graph.
// Parameters: $ids
UNWIND $ids AS id
MATCH (g:GuaranteeCircle {id: id})
DETACH DELETE g
