// Persons are found by their :Entity id (entity_id); a second uniqueness constraint on :Person(id) only doubled the
// index work of every person written (the import's largest share of nodes).
DROP CONSTRAINT person_id IF EXISTS;
