// The SAME_* relationships the graph holds.
// Returns: row = [type (address|phone|email), a, b, value]
MATCH (a:Company)-[r:SAME_ADDRESS|SAME_PHONE|SAME_EMAIL]->(b:Company)
RETURN [toLower(substring(type(r), 5)), a.id, b.id, r.value] AS row
