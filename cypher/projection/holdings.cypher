// Every holding holder -> company. A ratio not delivered is derived from subscribed / registered capital in the
// same currency (import-format.md, shareholders.csv "ratio"); CASE reads the capitals only for those holdings. The
// holder's kind is told by the loader: a person by label, a registry company by the companies projection.
// Returns: row = [holderId, holderIsPerson, companyId, ratio (null when underivable), since]
MATCH (h:Entity)-[r:HOLDS]->(c:Company)
RETURN [h.id, h:Person, c.id,
        CASE
          WHEN r.ratio IS NOT NULL THEN r.ratio
          WHEN r.subscribedCapital IS NOT NULL AND c.registeredCapital > 0
               AND coalesce(r.subscribedCurrency, 'CNY') = coalesce(c.currency, 'CNY')
            THEN r.subscribedCapital / c.registeredCapital
        END,
        r.since] AS row
