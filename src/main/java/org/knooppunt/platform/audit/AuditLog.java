package org.knooppunt.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * The audit trail: who did what to which thing, as append-only {@code (:AuditEntry)} nodes written
 * inside the same transaction as the change they describe, so an entry exists exactly when its
 * change does. Entries are not linked to the nodes they describe (a deleted thing keeps its trail);
 * an erased person's name is replaced by a pseudonym with {@link #pseudonymise}.
 */
@ApplicationScoped
public class AuditLog {

  static final String RECORD =
      """
      CREATE (:AuditEntry {id: randomUUID(), at: datetime(), actor: $actor, action: $action,
                           subject: $subject, detail: $detail})
      """;

  static final String PSEUDONYMISE =
      """
      MATCH (e:AuditEntry) WHERE e.actor = $who OR e.subject = $who
      SET e.actor = CASE WHEN e.actor = $who THEN $pseudonym ELSE e.actor END,
          e.subject = CASE WHEN e.subject = $who THEN $pseudonym ELSE e.subject END,
          e.detail = CASE WHEN e.detail IS NULL THEN null ELSE replace(e.detail, $who, $pseudonym) END
      RETURN count(e) AS n
      """;

  static final String ABOUT =
      """
      MATCH (e:AuditEntry) WHERE e.actor = $who OR e.subject = $who
      RETURN e.at AS at, e.actor AS actor, e.action AS action, e.subject AS subject, e.detail AS detail
      ORDER BY e.at LIMIT 10000
      """;

  /** One entry as read back: for exports and the tests. */
  public record Entry(String at, String actor, String action, String subject, String detail) {}

  /**
   * Records that {@code actor} (a username) did {@code action} (a dotted code like {@code
   * signup.approved}) to {@code subjectId}; {@code detail} is a short free text, may be null.
   */
  public void record(
      TransactionContext tx, String actor, String action, String subjectId, String detail) {
    Map<String, Object> p = new HashMap<>();
    p.put("actor", actor);
    p.put("action", action);
    p.put("subject", subjectId);
    p.put("detail", detail);
    tx.run(RECORD, p).consume();
  }

  /** Replaces every mention of {@code who} as actor, subject or in a detail; the number changed. */
  public long pseudonymise(TransactionContext tx, String who, String pseudonym) {
    return tx.run(PSEUDONYMISE, Map.of("who", who, "pseudonym", pseudonym))
        .single()
        .get("n")
        .asLong();
  }

  /** The entries in which {@code who} is the actor or the subject, oldest first. */
  public List<Entry> about(TransactionContext tx, String who) {
    return tx.run(ABOUT, Map.of("who", who))
        .list(r ->
            new Entry(
                r.get("at").asZonedDateTime().toInstant().toString(),
                r.get("actor").asString(null),
                r.get("action").asString(null),
                r.get("subject").asString(null),
                r.get("detail").asString(null)));
  }
}
