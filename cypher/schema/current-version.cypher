// The highest schema migration applied to this database (none on a new one).
// Returns: version (int or null)
OPTIONAL MATCH (v:SchemaVersion {key: 'guanxi'})
RETURN v.version AS version
