// Creates a pending delivery of a batch of tag changes to a webhook, unless one is already pending.
// Parameters: $delivery {id, webhookId, fromSeq, toSeq, changes, body, state, attempts, createdAt, nextAttemptAt,
//                        createdSeq}
// Returns: id (null when another delivery of the webhook is still pending)
MATCH (w:Webhook {id: $delivery.webhookId})
OPTIONAL MATCH (p:WebhookDelivery {webhookId: w.id, state: 'pending'})
WITH w, count(p) AS pending
WHERE pending = 0
CREATE (d:WebhookDelivery)
SET d = $delivery, d.attemptLog = []
RETURN d.id AS id
