// How many relationships the graph holds (from the counts store, no scan).
// Returns: relationships
MATCH ()-[r]->()
RETURN count(r) AS relationships
