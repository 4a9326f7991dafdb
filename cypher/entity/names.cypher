// Names and kinds of entities by id (to label ids in results).
// Parameters: $ids
// Returns: id, name, type (Person|Company|External)
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name,
       CASE WHEN e:Person THEN 'Person' WHEN e.registry = true THEN 'Company' ELSE 'External' END AS type
