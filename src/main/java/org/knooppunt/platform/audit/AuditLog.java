package org.knooppunt.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/** Append-only audit entries (stand-in for the lead's foundation; main's version wins on merge). */
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
          e.subject = CASE WHEN e.subject = $who THEN $pseudonym ELSE e.subject END
      """;

  public void record(
      TransactionContext tx, String actor, String action, String subjectId, String detail) {
    Map<String, Object> p = new HashMap<>();
    p.put("actor", actor);
    p.put("action", action);
    p.put("subject", subjectId);
    p.put("detail", detail);
    tx.run(RECORD, p).consume();
  }

  public void pseudonymise(TransactionContext tx, String who, String pseudonym) {
    tx.run(PSEUDONYMISE, Map.of("who", who, "pseudonym", pseudonym)).consume();
  }
}
