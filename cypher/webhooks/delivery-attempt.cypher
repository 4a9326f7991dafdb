// Records one delivery attempt and the delivery's new state; on success advances the webhook's cursor.
// Parameters: $id, $attempt (JSON text of the attempt), $state (pending|delivered|failed), $nextAttemptAt, $attempts,
//             $at (time of the attempt)
MATCH (d:WebhookDelivery {id: $id})
SET d.attemptLog = d.attemptLog + $attempt, d.state = $state, d.attempts = $attempts,
    d.nextAttemptAt = $nextAttemptAt,
    d.deliveredAt = CASE WHEN $state = 'delivered' THEN $at ELSE d.deliveredAt END
WITH d
MATCH (w:Webhook {id: d.webhookId})
SET w.cursor = CASE WHEN $state = 'delivered' AND d.toSeq > w.cursor THEN d.toSeq ELSE w.cursor END
