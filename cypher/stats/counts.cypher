// Node counts per label and relationship counts per type, read from the count store (constant time).
// Returns: labels (map label -> count), relTypesCount (map type -> count)
CALL apoc.meta.stats() YIELD labels, relTypesCount
RETURN labels, relTypesCount
