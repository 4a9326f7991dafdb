// Stores decisions (append-only: a decision is never changed).
// Parameters: $rows [{id, requestId, decidedAt, applicantId, decision, score, rulesetId, rulesetVersion,
//                     challengerDecision, challengerRulesetId, challengerRulesetVersion, json}]
UNWIND $rows AS row
CREATE (d:Decision)
SET d = row
