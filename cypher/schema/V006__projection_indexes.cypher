// The analytics read the legal representative (法定代表人) of every company: an index on the position finds those
// ~1 of 4.5 SERVES relationships directly instead of expanding every company's positions.
CREATE INDEX serves_position IF NOT EXISTS FOR ()-[r:SERVES]-() ON (r.position);
