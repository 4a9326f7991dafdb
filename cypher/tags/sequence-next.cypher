// Reserves $count consecutive numbers of the named sequence atomically (the node is locked by the write).
// Parameters: $key, $count
// Returns: first (the first reserved number; the block is first .. first + count - 1)
MERGE (s:Sequence {key: $key})
ON CREATE SET s.next = 1
WITH s, s.next AS first
SET s.next = first + $count
RETURN first
