// V0010 - freshness: review dates of communities and people are looked up by range (the stale
// list, the review reminders), as V0002 already does for organisations; so is the date a
// profile's owners were last reminded to review it (reviewRemindedAt).
// Profiles without a review date get the date they were last changed (or created), so every
// profile takes part in the review cycle.

CREATE RANGE INDEX community_last_reviewed_at IF NOT EXISTS FOR (n:Community) ON (n.lastReviewedAt);
CREATE RANGE INDEX person_last_reviewed_at IF NOT EXISTS FOR (n:Person) ON (n.lastReviewedAt);
MATCH (n:Organisation) WHERE n.lastReviewedAt IS NULL SET n.lastReviewedAt = coalesce(n.updatedAt, n.createdAt, datetime());
MATCH (n:Community) WHERE n.lastReviewedAt IS NULL SET n.lastReviewedAt = coalesce(n.updatedAt, n.createdAt, datetime());
MATCH (n:Person) WHERE n.lastReviewedAt IS NULL SET n.lastReviewedAt = coalesce(n.updatedAt, n.createdAt, datetime());
