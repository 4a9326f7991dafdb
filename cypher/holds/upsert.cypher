// Upserts holdings (持股) holder -> company; a changed holding keeps its previous values in r.history.
// Parameters: $rows [{from, to, fingerprint, props: {ratio, subscribedCapital, since, ...}}]
UNWIND $rows AS row
MATCH (h:Entity {id: row.from})
MATCH (c:Entity {id: row.to})
MERGE (h)-[r:HOLDS]->(c)
WITH r, row, (r.fingerprint IS NOT NULL AND r.fingerprint <> row.fingerprint) AS changed
SET r.history = CASE WHEN changed
      THEN coalesce(r.history, []) + apoc.convert.toJson(apoc.map.removeKeys(properties(r), ['history', 'fingerprint']))
      ELSE r.history END
SET r += row.props, r.fingerprint = row.fingerprint
