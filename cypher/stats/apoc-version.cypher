// The APOC version the database runs (proves the plugin is loaded).
// Returns: version
RETURN apoc.version() AS version
