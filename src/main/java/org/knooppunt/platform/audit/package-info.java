/** The audit trail: (:AuditEntry {id, at, actor, action, subject, detail}), append-only. */
package org.knooppunt.platform.audit;
