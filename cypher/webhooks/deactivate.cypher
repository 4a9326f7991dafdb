// Stops deliveries to a webhook; its delivery log stays.
// Parameters: $id
// Returns: id
MATCH (w:Webhook {id: $id})
SET w.active = false
RETURN w.id AS id
