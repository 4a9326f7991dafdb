// Full-text search by name or former name fragment (CJK bigrams), ranked by Lucene score.
// Parameters: $query (Lucene query string, already escaped), $limit
// Returns: id, uscc, name, formerNames, status, score
CALL db.index.fulltext.queryNodes('company_names', $query) YIELD node, score
RETURN node.id AS id, node.uscc AS uscc, node.name AS name, coalesce(node.formerNames, []) AS formerNames,
       node.status AS status, score
ORDER BY score DESC
LIMIT $limit
