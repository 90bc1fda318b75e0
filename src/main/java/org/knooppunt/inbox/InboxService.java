package org.knooppunt.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Delivers notices inside the caller's write transaction (stand-in for the lead's foundation;
 * main's version wins on merge).
 */
@ApplicationScoped
public class InboxService {

  static final String TO_ACCOUNTS =
      """
      MATCH (a:Account) WHERE a.id IN $ids
      CREATE (a)-[:HAS_NOTICE]->(:Notice {id: randomUUID(), kind: $kind, subjectKey: $subjectKey,
        args: $args, link: $link, message: $message, fromName: $fromName, refId: $refId,
        at: datetime(), read: false})
      """;

  public void toAccounts(TransactionContext tx, Notice n, Collection<String> accountIds) {
    Map<String, Object> p = new HashMap<>();
    p.put("ids", java.util.List.copyOf(accountIds));
    p.put("kind", n.kind().name());
    p.put("subjectKey", n.subjectKey());
    p.put("args", n.args() == null ? java.util.List.of() : n.args());
    p.put("link", n.link());
    p.put("message", n.message());
    p.put("fromName", n.fromName());
    p.put("refId", n.refId());
    tx.run(TO_ACCOUNTS, p).consume();
  }

  public void toUsernames(TransactionContext tx, Notice n, Collection<String> usernames) {}

  public void toOrganisation(TransactionContext tx, Notice n, String organisationId) {}

  public void toApprovers(TransactionContext tx, Notice n, String municipalityId) {}
}
