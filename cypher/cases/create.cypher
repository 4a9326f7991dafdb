// Creates court cases the graph does not hold yet (see cases/upsert).
// Parameters: $rows [{id (normalised case number), props: {...}}]
UNWIND $rows AS row
CREATE (k:Case)
SET k = row.props, k.caseNo = row.id
