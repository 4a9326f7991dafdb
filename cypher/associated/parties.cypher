// 关联方 (definitions.md "Associated parties") of each company in $ids, one row per (company, party, relation), each
// with the path that links them. $types selects the relations: controller, same_group, shareholder, investee,
// serves, cross_serving, guarantor, guaranteed, litigation, shared_contact. At most $limit rows per company.
// Parameters: $ids, $types, $limit
// Returns: fromId, partyId, relation, path (list of ids; case numbers for litigation)
UNWIND $ids AS fromId
MATCH (c:Entity {id: fromId})
CALL (c) {
  UNWIND CASE WHEN 'controller' IN $types AND c.controlPath IS NOT NULL THEN c.controlPath[0..-1] ELSE [] END AS controllerId
  MATCH (x:Entity {id: controllerId})
  RETURN x, 'controller' AS relation, c.controlPath AS path
  UNION ALL
  MATCH (x:Company)
  WHERE 'same_group' IN $types AND c.groupRootId IS NOT NULL AND x.groupRootId = c.groupRootId AND x <> c
  RETURN x, 'same_group' AS relation, [c.id, c.groupRootId, x.id] AS path
  UNION ALL
  MATCH (x:Entity)-[:HOLDS]->(c)
  WHERE 'shareholder' IN $types
  RETURN x, 'shareholder' AS relation, [c.id, x.id] AS path
  UNION ALL
  MATCH (c)-[:HOLDS]->(x:Entity)
  WHERE 'investee' IN $types
  RETURN x, 'investee' AS relation, [c.id, x.id] AS path
  UNION ALL
  MATCH (x:Person)-[:SERVES]->(c)
  WHERE 'serves' IN $types
  RETURN x, 'serves' AS relation, [c.id, x.id] AS path
  UNION ALL
  MATCH (p:Person)-[:SERVES]->(c)
  WHERE 'cross_serving' IN $types
  MATCH (p)-[:SERVES]->(x:Company)
  WHERE x <> c
  RETURN x, 'cross_serving' AS relation, [c.id, p.id, x.id] AS path
  UNION ALL
  MATCH (x:Entity)-[:GUARANTEES]->(c)
  WHERE 'guarantor' IN $types
  RETURN x, 'guarantor' AS relation, [c.id, x.id] AS path
  UNION ALL
  MATCH (c)-[:GUARANTEES]->(x:Entity)
  WHERE 'guaranteed' IN $types
  RETURN x, 'guaranteed' AS relation, [c.id, x.id] AS path
  UNION ALL
  MATCH (c)-[:PARTY_TO]->(k:Case)<-[:PARTY_TO]-(x:Entity)
  WHERE 'litigation' IN $types AND x <> c
  RETURN x, 'litigation' AS relation, [c.id, k.caseNo, x.id] AS path
  UNION ALL
  MATCH (c)-[:SAME_ADDRESS|SAME_PHONE|SAME_EMAIL]-(x:Company)
  WHERE 'shared_contact' IN $types
  RETURN x, 'shared_contact' AS relation, [c.id, x.id] AS path
}
WITH fromId, x, relation, path
LIMIT $limit
RETURN fromId, x.id AS partyId, x.name AS name,
       CASE WHEN x:Person THEN 'Person' WHEN x.registry = true THEN 'Company' ELSE 'External' END AS type,
       relation, path
