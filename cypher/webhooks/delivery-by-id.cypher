// One delivery with its attempt log.
// Parameters: $id
// Returns: delivery (properties)
MATCH (d:WebhookDelivery {id: $id})
RETURN properties(d) AS delivery
