// Analytics runs and their write-back.
CREATE CONSTRAINT analytics_run_id IF NOT EXISTS FOR (r:AnalyticsRun) REQUIRE r.runId IS UNIQUE;
CREATE CONSTRAINT guarantee_circle_id IF NOT EXISTS FOR (g:GuaranteeCircle) REQUIRE g.id IS UNIQUE;
CREATE INDEX tag_run IF NOT EXISTS FOR (t:Tag) ON (t.runId);
CREATE INDEX tag_subject IF NOT EXISTS FOR (t:Tag) ON (t.subjectId);
CREATE INDEX company_group_root IF NOT EXISTS FOR (c:Company) ON (c.groupRootId);
