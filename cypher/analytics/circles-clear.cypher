// Removes guarantee circles of earlier runs, in batches (circles are recomputed whole each run).
MATCH (g:GuaranteeCircle)
CALL (g) {
  DETACH DELETE g
} IN TRANSACTIONS OF 1000 ROWS
