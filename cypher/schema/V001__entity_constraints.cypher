// Keys from definitions.md: every company, person and case has one stable id.
// :Entity is shared by companies and persons so that a relationship can be written between any two of them
// by id through one index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (c:Company) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT case_no IF NOT EXISTS FOR (k:Case) REQUIRE k.caseNo IS UNIQUE;
CREATE CONSTRAINT schema_version_key IF NOT EXISTS FOR (v:SchemaVersion) REQUIRE v.key IS UNIQUE;
