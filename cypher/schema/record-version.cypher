// Records the highest applied schema migration.
// Parameters: $version (int)
MERGE (v:SchemaVersion {key: 'guanxi'})
SET v.version = $version, v.appliedAt = datetime()
