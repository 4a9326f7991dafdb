// After a bulk load: sets on loaded companies and persons the values the importer's files could not carry (values
// with line breaks).
// Parameters: $rows [{id, props: {...}}], in the order the values came (a later one wins)
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e += row.props
