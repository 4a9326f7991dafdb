// One webhook.
// Parameters: $id
// Returns: hook (properties)
MATCH (w:Webhook {id: $id})
RETURN properties(w) AS hook
