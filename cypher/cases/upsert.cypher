// Upserts court cases by normalised case number.
// Parameters: $rows [{id (normalised case number), props: {...}}]
UNWIND $rows AS row
MERGE (k:Case {caseNo: row.id})
SET k += row.props
