package org.knooppunt.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Cypher for the inbox. One statement per method; values only as parameters. */
@ApplicationScoped
public class InboxRepository {

  private static final String CREATE_ITEM =
      """
      CREATE (a)-[:RECEIVED]->(:InboxItem {id: randomUUID(), kind: $kind, subjectKey: $subjectKey,
              args: $args, link: $link, message: $message, fromName: $fromName, refId: $refId,
              createdAt: datetime()})
      RETURN count(*) AS n
      """;

  static final String TO_ACCOUNTS =
      "MATCH (a:Account) WHERE a.id IN $ids WITH DISTINCT a " + CREATE_ITEM;

  static final String TO_USERNAMES =
      "MATCH (a:Account) WHERE a.username IN $usernames WITH DISTINCT a " + CREATE_ITEM;

  /**
   * The accounts acting for the organisation; for an organisation without any, the librarians of
   * the libraries located in or serving its municipality, who may speak for it.
   */
  static final String TO_ORGANISATION =
      """
      MATCH (o:Organisation {id: $organisation})
      CALL (o) {
        MATCH (a:Account)-[:ACTS_FOR]->(o) RETURN a
        UNION
        MATCH (o)-[:LOCATED_IN]->(:Municipality)<-[:LOCATED_IN|SERVES]-(l:Library)<-[:ACTS_FOR]-(a:Account)
        WHERE NOT EXISTS { (:Account)-[:ACTS_FOR]->(o) } AND 'librarian' IN a.roles
        RETURN a
      }
      WITH DISTINCT a
      """
          + CREATE_ITEM;

  /** Administrators, and librarians of libraries located in or serving the municipality. */
  static final String TO_APPROVERS =
      """
      CALL () {
        MATCH (a:Account) WHERE 'admin' IN a.roles RETURN a
        UNION
        MATCH (:Municipality {id: $municipality})<-[:LOCATED_IN|SERVES]-(:Library)<-[:ACTS_FOR]-(a:Account)
        WHERE 'librarian' IN a.roles
        RETURN a
      }
      WITH DISTINCT a
      """
          + CREATE_ITEM;

  static final String PAGE =
      """
      MATCH (:Account {username: $username})-[:RECEIVED]->(i:InboxItem)
      WHERE ($kind IS NULL OR i.kind = $kind) AND (NOT $unreadOnly OR i.readAt IS NULL)
      RETURN i ORDER BY i.createdAt DESC, i.id SKIP $skip LIMIT $limit
      """;

  static final String COUNT =
      """
      MATCH (:Account {username: $username})-[:RECEIVED]->(i:InboxItem)
      WHERE ($kind IS NULL OR i.kind = $kind) AND (NOT $unreadOnly OR i.readAt IS NULL)
      RETURN count(i) AS n
      """;

  static final String UNREAD =
      """
      MATCH (:Account {username: $username})-[:RECEIVED]->(i:InboxItem) WHERE i.readAt IS NULL
      RETURN count(i) AS n
      """;

  static final String MARK_READ =
      """
      MATCH (:Account {username: $username})-[:RECEIVED]->(i:InboxItem {id: $id})
      SET i.readAt = coalesce(i.readAt, datetime())
      RETURN i
      """;

  static final String MARK_ALL_READ =
      """
      MATCH (:Account {username: $username})-[:RECEIVED]->(i:InboxItem) WHERE i.readAt IS NULL
      SET i.readAt = datetime()
      RETURN count(i) AS n
      """;

  /** The number of items created. */
  public long toAccounts(TransactionContext tx, Notice n, Collection<String> ids) {
    var p = params(n);
    p.put("ids", List.copyOf(ids));
    return count(tx, TO_ACCOUNTS, p);
  }

  public long toUsernames(TransactionContext tx, Notice n, Collection<String> usernames) {
    var p = params(n);
    p.put("usernames", List.copyOf(usernames));
    return count(tx, TO_USERNAMES, p);
  }

  public long toOrganisation(TransactionContext tx, Notice n, String organisationId) {
    var p = params(n);
    p.put("organisation", organisationId);
    return count(tx, TO_ORGANISATION, p);
  }

  public long toApprovers(TransactionContext tx, Notice n, String municipalityId) {
    var p = params(n);
    p.put("municipality", municipalityId);
    return count(tx, TO_APPROVERS, p);
  }

  public List<Record> page(
      TransactionContext tx,
      String username,
      Notice.Kind kind,
      boolean unreadOnly,
      int skip,
      int limit) {
    return tx.run(PAGE, filter(username, kind, unreadOnly, skip, limit)).list();
  }

  public long count(TransactionContext tx, String username, Notice.Kind kind, boolean unreadOnly) {
    return count(tx, COUNT, filter(username, kind, unreadOnly, 0, 0));
  }

  public long unread(TransactionContext tx, String username) {
    return count(tx, UNREAD, new HashMap<>(Map.of("username", username)));
  }

  /** The item, now read, if it is in this user's inbox. */
  public java.util.Optional<Value> markRead(TransactionContext tx, String username, String id) {
    return tx.run(MARK_READ, Map.of("username", username, "id", id)).list().stream()
        .findFirst()
        .map(r -> r.get("i"));
  }

  public long markAllRead(TransactionContext tx, String username) {
    return count(tx, MARK_ALL_READ, new HashMap<>(Map.of("username", username)));
  }

  private static Map<String, Object> filter(
      String username, Notice.Kind kind, boolean unreadOnly, int skip, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("username", username);
    p.put("kind", kind == null ? null : kind.name());
    p.put("unreadOnly", unreadOnly);
    p.put("skip", skip);
    p.put("limit", limit);
    return p;
  }

  private static Map<String, Object> params(Notice n) {
    Map<String, Object> p = new HashMap<>();
    p.put("kind", n.kind().name());
    p.put("subjectKey", n.subjectKey());
    p.put("args", n.args());
    p.put("link", n.link());
    p.put("message", n.message());
    p.put("fromName", n.fromName());
    p.put("refId", n.refId());
    return p;
  }

  private static long count(TransactionContext tx, String statement, Map<String, Object> p) {
    return tx.run(statement, p).list().stream().mapToLong(r -> r.get("n").asLong()).sum();
  }
}
