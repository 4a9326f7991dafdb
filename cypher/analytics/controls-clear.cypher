// Removes the CONTROLS relationships derived by earlier runs, in batches (run outside an explicit transaction).
MATCH ()-[r:CONTROLS]->()
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS
