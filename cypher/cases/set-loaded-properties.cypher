// After a bulk load: sets on loaded cases the values the importer's files could not carry (texts with line breaks).
// Parameters: $rows [{id (normalised case number), props: {...}}], in the order the values came (a later one wins)
UNWIND $rows AS row
MATCH (k:Case {caseNo: row.id})
SET k += row.props
