// Which of a write batch's cases the graph already holds.
// Parameters: $ids [normalised case number]
// Returns: id
UNWIND $ids AS id
MATCH (k:Case {caseNo: id})
RETURN k.caseNo AS id
