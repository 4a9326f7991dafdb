// Tag runs, tag-change log, webhooks and decisions.
CREATE CONSTRAINT tag_run_id IF NOT EXISTS FOR (r:TagRun) REQUIRE r.runId IS UNIQUE;
CREATE INDEX tag_run_ordinal IF NOT EXISTS FOR (r:TagRun) ON (r.ordinal);
CREATE INDEX tag_subject_run IF NOT EXISTS FOR (t:Tag) ON (t.subjectId, t.runId);
CREATE CONSTRAINT tag_change_seq IF NOT EXISTS FOR (c:TagChange) REQUIRE c.seq IS UNIQUE;
CREATE CONSTRAINT sequence_key IF NOT EXISTS FOR (s:Sequence) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT webhook_id IF NOT EXISTS FOR (w:Webhook) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT webhook_delivery_id IF NOT EXISTS FOR (d:WebhookDelivery) REQUIRE d.id IS UNIQUE;
CREATE INDEX webhook_delivery_hook IF NOT EXISTS FOR (d:WebhookDelivery) ON (d.webhookId, d.createdSeq);
CREATE INDEX webhook_delivery_state IF NOT EXISTS FOR (d:WebhookDelivery) ON (d.state);
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (d:Decision) REQUIRE d.id IS UNIQUE;
