// The delivery log of one webhook, newest first.
// Parameters: $webhookId, $limit
// Returns: delivery (properties)
MATCH (d:WebhookDelivery {webhookId: $webhookId})
RETURN properties(d) AS delivery
ORDER BY d.createdSeq DESC
LIMIT $limit
