// Every pending delivery (to resume after a restart).
// Returns: delivery (properties)
MATCH (d:WebhookDelivery {state: 'pending'})
RETURN properties(d) AS delivery
ORDER BY d.createdSeq
