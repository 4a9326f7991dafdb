// Every lookup the import and the resolver do.
CREATE INDEX company_uscc IF NOT EXISTS FOR (c:Company) ON (c.uscc);
CREATE INDEX company_reg_no IF NOT EXISTS FOR (c:Company) ON (c.regNo);
CREATE INDEX company_name_norm IF NOT EXISTS FOR (c:Company) ON (c.nameNorm);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX guarantee_contract IF NOT EXISTS FOR ()-[g:GUARANTEES]-() ON (g.contractKey);
CREATE INDEX holds_since IF NOT EXISTS FOR ()-[h:HOLDS]-() ON (h.since);
