// V0006 - the inbox and the audit trail.
// (:Account)-[:RECEIVED]->(:InboxItem {id, kind, subjectKey, args, link, message, fromName, refId,
// createdAt, readAt}): one item per receiving account, so each reader has her own read state; an
// inbox is read by following RECEIVED from the account (found by its username constraint).
// (:AuditEntry {id, at, actor, action, subject, detail}): append-only, looked up by actor or
// subject (an export of what is stored about someone, an erasure's pseudonymisation).

CREATE CONSTRAINT inbox_item_id IF NOT EXISTS FOR (n:InboxItem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE RANGE INDEX audit_entry_actor IF NOT EXISTS FOR (n:AuditEntry) ON (n.actor);
CREATE RANGE INDEX audit_entry_subject IF NOT EXISTS FOR (n:AuditEntry) ON (n.subject);
