// Which of a write batch's companies and persons the graph already holds, with what decides how each is written:
// an absent one is created, a registry company whose facts are unchanged is skipped.
// Parameters: $ids [id]
// Returns: id, registry, fingerprint
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.registry AS registry, e.fingerprint AS fingerprint
