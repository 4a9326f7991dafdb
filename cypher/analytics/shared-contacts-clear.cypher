// Removes shared-contact relationships derived by earlier runs, in batches (run outside an explicit transaction).
MATCH ()-[r:SAME_ADDRESS|SAME_PHONE|SAME_EMAIL]->()
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS
