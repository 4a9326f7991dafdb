// Registers a webhook receiver.
// Parameters: $hook {id, url, secret, createdAt, cursor, active}
CREATE (w:Webhook)
SET w = $hook
