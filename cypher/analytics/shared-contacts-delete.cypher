// Removes SAME_* relationships whose pair no longer shares the value. One subquery per type keeps the relationship
// type out of the query text.
// Parameters: $address, $phone, $email: lists of [{a, b, value}]
CALL (*) {
  UNWIND $address AS row
  MATCH (:Company {id: row.a})-[r:SAME_ADDRESS]->(:Company {id: row.b})
  WHERE r.value = row.value
  DELETE r
}
CALL (*) {
  UNWIND $phone AS row
  MATCH (:Company {id: row.a})-[r:SAME_PHONE]->(:Company {id: row.b})
  WHERE r.value = row.value
  DELETE r
}
CALL (*) {
  UNWIND $email AS row
  MATCH (:Company {id: row.a})-[r:SAME_EMAIL]->(:Company {id: row.b})
  WHERE r.value = row.value
  DELETE r
}
