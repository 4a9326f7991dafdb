// 疑似关系: companies sharing a normalised address, phone or email. One statement per type keeps the relationship
// type out of the query text.
// Parameters: $address, $phone, $email: lists of [{a, b, value}], $runId
CALL (*) {
  UNWIND $address AS row
  MATCH (a:Company {id: row.a}), (b:Company {id: row.b})
  CREATE (a)-[:SAME_ADDRESS {value: row.value, runId: $runId}]->(b)
}
CALL (*) {
  UNWIND $phone AS row
  MATCH (a:Company {id: row.a}), (b:Company {id: row.b})
  CREATE (a)-[:SAME_PHONE {value: row.value, runId: $runId}]->(b)
}
CALL (*) {
  UNWIND $email AS row
  MATCH (a:Company {id: row.a}), (b:Company {id: row.b})
  CREATE (a)-[:SAME_EMAIL {value: row.value, runId: $runId}]->(b)
}
