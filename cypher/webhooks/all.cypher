// Every registered webhook (active or not), oldest first.
// Returns: hook (properties)
MATCH (w:Webhook)
RETURN properties(w) AS hook
ORDER BY w.createdAt, w.id
