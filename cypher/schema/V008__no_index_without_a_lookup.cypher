// No statement in cypher/ looks up a person by name (person resolution reads mentions through their relationships),
// a holding by its date (ownership trees filter `since` while expanding, which no index serves) or a company by its
// group root (groups are read from the analytics projection). Each index still cost its population after a bulk load
// — over 1M companies 18, 6 and 2 CPU-seconds — and an update on every write.
DROP INDEX person_name IF EXISTS;
DROP INDEX holds_since IF EXISTS;
DROP INDEX company_group_root IF EXISTS;
