// Every holding holder -> company. A ratio not delivered is derived from subscribed / registered capital in the
// same currency (import-format.md, shareholders.csv "ratio").
// Returns: holderId, holderKind (PERSON|COMPANY|EXTERNAL), companyId, ratio (null when underivable), since
MATCH (h:Entity)-[r:HOLDS]->(c:Company)
RETURN h.id AS holderId,
       CASE WHEN h:Person THEN 'PERSON' WHEN h.registry = true THEN 'COMPANY' ELSE 'EXTERNAL' END AS holderKind,
       c.id AS companyId,
       coalesce(r.ratio,
         CASE WHEN r.subscribedCapital IS NOT NULL AND c.registeredCapital > 0
                   AND coalesce(r.subscribedCurrency, 'CNY') = coalesce(c.currency, 'CNY')
              THEN r.subscribedCapital / c.registeredCapital END) AS ratio,
       r.since AS since
