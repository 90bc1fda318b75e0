package org.knooppunt.person;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Cypher for people. One statement per method; values only as parameters. Every read that shows a
 * person to someone filters with {@link #VISIBLE}, so visibility is enforced in the database, not
 * after the fact.
 */
@ApplicationScoped
public class PersonRepository {

  /**
   * Whether the reader ({@code $reader} username, {@code $readerOrg}, {@code $admin}, {@code
   * $librarian}) may see person {@code p} of organisation {@code o}: an admin; the person herself;
   * her colleagues; everyone logged in for PLATFORM; organisations with a confirmed collaboration
   * with hers for PARTNERS; and a librarian for people of a partner no partner account has claimed
   * (she looks after those, as for the partner's profile).
   */
  public static final String VISIBLE =
      """
      coalesce($admin
        OR EXISTS { MATCH (:Account {username: $reader})-[:IS]->(p) }
        OR (o IS NOT NULL AND o.id = $readerOrg)
        OR ($reader IS NOT NULL AND coalesce(p.visibility, 'ORGANISATION') = 'PLATFORM')
        OR (coalesce(p.visibility, 'ORGANISATION') = 'PARTNERS' AND o IS NOT NULL
            AND EXISTS { MATCH (o)-[c:COLLABORATES_WITH]-(:Organisation {id: $readerOrg})
                         WHERE c.status = 'confirmed' })
        OR ($librarian AND o:Partner
            AND NOT EXISTS { MATCH (x:Account)-[:ACTS_FOR]->(o) WHERE 'partner' IN x.roles }),
        false)\
      """;

  private static final String COLUMNS =
      """
      p.id AS id, p.name AS name, p.jobTitle AS jobTitle, w.role AS role, p.email AS email,
      p.phone AS phone, o.id AS organisationId, o.name AS organisationName,
      p.visibility AS visibility, p.legalBasis AS legalBasis,
      p.consentMaps AS consentMaps, p.consentMapsAt AS consentMapsAt,
      p.consentMapsVersion AS consentMapsVersion, p.consentMapsWithdrawnAt AS consentMapsWithdrawnAt,
      p.consentIntroductions AS consentIntroductions,
      p.consentIntroductionsAt AS consentIntroductionsAt,
      p.consentIntroductionsVersion AS consentIntroductionsVersion,
      p.consentIntroductionsWithdrawnAt AS consentIntroductionsWithdrawnAt,
      p.consentRecommendations AS consentRecommendations,
      p.consentRecommendationsAt AS consentRecommendationsAt,
      p.consentRecommendationsVersion AS consentRecommendationsVersion,
      p.consentRecommendationsWithdrawnAt AS consentRecommendationsWithdrawnAt,
      EXISTS { MATCH (:Account)-[:IS]->(p) } AS linked,
      EXISTS { MATCH (:ErasureRequest)-[:CONCERNS]->(p) } AS erasureRequested,
      coalesce(p.demo, false) AS demo, coalesce(p.version, 1) AS version,
      p.lastReviewedAt AS lastReviewedAt, p.updatedAt AS updatedAt, p.updatedBy AS updatedBy\
      """;

  static final String FIND =
      """
      MATCH (p:Person {id: $id})
      OPTIONAL MATCH (p)-[w:WORKS_FOR]->(o:Organisation)
      WITH p, w, o LIMIT 1
      RETURN %s, %s AS visible
      """
          .formatted(COLUMNS, VISIBLE);

  static final String OF_ORGANISATION =
      """
      MATCH (o:Organisation {id: $organisation})<-[w:WORKS_FOR]-(p:Person)
      WHERE %s
      RETURN %s, true AS visible
      ORDER BY p.name, p.id SKIP $skip LIMIT $limit
      """
          .formatted(VISIBLE, COLUMNS);

  static final String VISIBILITY_OF =
      """
      UNWIND $ids AS pid
      MATCH (p:Person {id: pid})
      OPTIONAL MATCH (p)-[:WORKS_FOR]->(o:Organisation)
      WITH p, head(collect(o)) AS o
      RETURN p.id AS id, o.name AS organisationName, %s AS visible
      """
          .formatted(VISIBLE);

  static final String CREATE =
      """
      MATCH (o:Organisation {id: $organisation})
      CREATE (p:Person {id: $id, status: 'active', version: 1, legalBasis: 'legitimate-interest',
                        createdAt: $now, createdBy: $actor, lastReviewedAt: $now})
      SET p += $props, p.updatedAt = $now, p.updatedBy = $actor
      CREATE (p)-[:WORKS_FOR {role: $role}]->(o)
      RETURN p.id AS id
      """;

  static final String UPDATE =
      """
      MATCH (p:Person {id: $id})
      SET p += $props, p.version = coalesce(p.version, 1) + 1, p.updatedAt = $now,
          p.updatedBy = $actor, p.lastReviewedAt = $now
      WITH p
      OPTIONAL MATCH (p)-[w:WORKS_FOR]->(:Organisation)
      FOREACH (_ IN CASE WHEN $setRole THEN [1] ELSE [] END | SET w.role = $role)
      RETURN DISTINCT p.version AS version
      """;

  static final String DELETE =
      """
      MATCH (p:Person {id: $id})
      OPTIONAL MATCH (r:ErasureRequest)-[:CONCERNS]->(p)
      DETACH DELETE r, p
      RETURN count(DISTINCT p) AS deleted
      """;

  static final String SELF =
      """
      MATCH (:Account {username: $username})-[:IS]->(p:Person) RETURN p.id AS id LIMIT 1
      """;

  static final String IS_SELF =
      """
      RETURN EXISTS { MATCH (:Account {username: $username})-[:IS]->(:Person {id: $id}) } AS self
      """;

  static final String EXPORT =
      """
      MATCH (p:Person {id: $id})
      RETURN properties(p) AS properties,
             [(p)-[r]-(x) | {type: type(r),
                             direction: CASE WHEN startNode(r) = p THEN 'outgoing' ELSE 'incoming' END,
                             properties: properties(r), otherId: x.id,
                             otherName: coalesce(x.name, x.displayName, x.username),
                             otherLabels: labels(x)}] AS relationships,
             COLLECT { MATCH (a:Account)-[:IS]->(p) RETURN a.username } AS usernames
      """;

  static final String AUDIT_ABOUT =
      """
      MATCH (e:AuditEntry)
      WHERE e.subject = $id OR e.actor IN $usernames
      RETURN properties(e) AS entry ORDER BY e.at, e.id LIMIT 10000
      """;

  static final String REQUEST_ERASURE =
      """
      MATCH (p:Person {id: $id})
      WHERE NOT EXISTS { MATCH (:ErasureRequest)-[:CONCERNS]->(p) }
      CREATE (r:ErasureRequest {id: $requestId, at: $now, requestedBy: $actor, reason: $reason,
                                status: 'pending'})-[:CONCERNS]->(p)
      RETURN r.id AS id
      """;

  static final String ADMINS =
      """
      MATCH (a:Account) WHERE 'admin' IN a.roles RETURN collect(a.id) AS ids
      """;

  static final String PENDING_ERASURES =
      """
      MATCH (r:ErasureRequest)-[:CONCERNS]->(p:Person)
      OPTIONAL MATCH (p)-[:WORKS_FOR]->(o:Organisation)
      WITH r, p, head(collect(o)) AS o
      RETURN r.id AS id, r.at AS at, r.requestedBy AS requestedBy, r.reason AS reason,
             p.id AS personId, p.name AS personName, o.name AS organisationName
      ORDER BY r.at, r.id SKIP $skip LIMIT $limit
      """;

  static final String ERASURE_SUBJECT =
      """
      MATCH (r:ErasureRequest {id: $id})-[:CONCERNS]->(p:Person)
      RETURN p.id AS id, p.name AS name, p.email AS email, p.phone AS phone
      """;

  /**
   * Whether a text holds one of the terms (case-insensitive). Shared by the sweep and the scan, so
   * what the scan would find is exactly what the sweep replaces.
   */
  private static final String HOLDS =
      "CASE WHEN %1$s IS :: STRING"
          + " THEN any(t IN $terms WHERE toLower(%1$s) CONTAINS toLower(t)) ELSE false END";

  private static final String REPLACED =
      "CASE WHEN %2$s THEN $pseudonym ELSE %1$s END"
          .formatted(
              "reduce(s = %1$s, t IN $terms | replace(s, t, $pseudonym))",
              HOLDS.formatted("reduce(s = %1$s, t IN $terms | replace(s, t, $pseudonym))"));

  private static final String HIT_KEYS =
      "[k IN keys(%1$s) WHERE %2$s OR CASE WHEN %1$s[k] IS :: LIST<ANY>"
          + " THEN any(x IN %1$s[k] WHERE %3$s) ELSE false END]";

  static final String SWEEP_NODES = sweep("MATCH (n)");

  static final String SWEEP_RELATIONSHIPS = sweep("MATCH ()-[n]->()");

  /** Replaces the terms in every string property of whatever {@code match} binds to {@code n}. */
  private static String sweep(String match) {
    return """
    %s
    WITH n, %s AS hits
    WHERE size(hits) > 0
    UNWIND hits AS k
    WITH n, k, n[k] AS v
    SET n[k] = CASE WHEN v IS :: STRING THEN %s
                    ELSE [x IN v | CASE WHEN x IS :: STRING THEN %s ELSE x END] END
    RETURN count(*) AS changed
    """
        .formatted(
            match,
            HIT_KEYS.formatted("n", HOLDS.formatted("n[k]"), HOLDS.formatted("x")),
            REPLACED.formatted("v"),
            REPLACED.formatted("x"));
  }

  /** How many nodes and relationships anywhere still hold one of the terms in a property. */
  static final String REFERENCES =
      """
      CALL () {
        MATCH (n) WHERE size(%s) > 0 RETURN count(n) AS c
        UNION ALL
        MATCH ()-[n]->() WHERE size(%s) > 0 RETURN count(n) AS c
      }
      RETURN sum(c) AS references
      """
          .formatted(
              HIT_KEYS.formatted("n", HOLDS.formatted("n[k]"), HOLDS.formatted("x")),
              HIT_KEYS.formatted("n", HOLDS.formatted("n[k]"), HOLDS.formatted("x")));

  /** A pending erasure request, with whom it is about. */
  public record ErasureRequest(
      String id,
      ZonedDateTime at,
      String requestedBy,
      String reason,
      String personId,
      String personName,
      String organisationName) {}

  /** What an erasure must remove: the person's id, name, e-mail and phone. */
  public record Subject(String id, String name, String email, String phone) {}

  /** A person and whether the reader may see her. */
  public record Found(Person person, boolean visible) {}

  /** Whether a reader may see a person, and the name of her organisation. */
  public record Seen(String id, String organisationName, boolean visible) {}

  public Optional<Found> find(TransactionContext tx, Account reader, String id) {
    Map<String, Object> p = readerParams(reader);
    p.put("id", id);
    return tx.run(FIND, p).list().stream()
        .findFirst()
        .map(r -> new Found(person(r), r.get("visible").asBoolean()));
  }

  public List<Person> ofOrganisation(
      TransactionContext tx, Account reader, String organisation, int skip, int limit) {
    Map<String, Object> p = readerParams(reader);
    p.put("organisation", organisation);
    p.put("skip", skip);
    p.put("limit", limit);
    return tx.run(OF_ORGANISATION, p).list(PersonRepository::person);
  }

  public List<Seen> visibilityOf(TransactionContext tx, Account reader, List<String> ids) {
    Map<String, Object> p = readerParams(reader);
    p.put("ids", ids);
    return tx.run(VISIBILITY_OF, p)
        .list(r ->
            new Seen(
                r.get("id").asString(),
                r.get("organisationName").asString(null),
                r.get("visible").asBoolean()));
  }

  public String create(
      TransactionContext tx,
      String id,
      String organisation,
      Map<String, Object> props,
      String role,
      String actor,
      ZonedDateTime now) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("organisation", organisation);
    p.put("props", props);
    p.put("role", role);
    p.put("actor", actor);
    p.put("now", now);
    return tx.run(CREATE, p).single().get("id").asString();
  }

  /** Sets {@code props} (a null value removes one); the role only when {@code setRole}. */
  public long update(
      TransactionContext tx,
      String id,
      Map<String, Object> props,
      boolean setRole,
      String role,
      String actor,
      ZonedDateTime now) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("props", props);
    p.put("setRole", setRole);
    p.put("role", role);
    p.put("actor", actor);
    p.put("now", now);
    return tx.run(UPDATE, p).single().get("version").asLong();
  }

  public boolean delete(TransactionContext tx, String id) {
    return tx.run(DELETE, Map.of("id", id)).single().get("deleted").asLong() == 1;
  }

  /** The person the account logs in as, if any. */
  public Optional<String> self(TransactionContext tx, String username) {
    return tx.run(SELF, Map.of("username", username)).list().stream()
        .findFirst()
        .map(r -> r.get("id").asString());
  }

  public boolean isSelf(TransactionContext tx, String username, String id) {
    return tx.run(IS_SELF, Map.of("username", username, "id", id)).single().get("self").asBoolean();
  }

  /** Everything stored on the person node and its relationships, as plain values. */
  public Optional<Map<String, Object>> export(TransactionContext tx, String id) {
    return tx.run(EXPORT, Map.of("id", id)).list().stream()
        .findFirst()
        .map(r -> {
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("properties", plain(r.get("properties")));
          out.put("relationships", plain(r.get("relationships")));
          out.put("accounts", plain(r.get("usernames")));
          return out;
        });
  }

  public List<Object> auditAbout(TransactionContext tx, String id, List<String> usernames) {
    return tx.run(AUDIT_ABOUT, Map.of("id", id, "usernames", usernames))
        .list(r -> plain(r.get("entry")));
  }

  /** Records an erasure request; empty when one is pending already or the person is gone. */
  public Optional<String> requestErasure(
      TransactionContext tx,
      String id,
      String requestId,
      String actor,
      String reason,
      ZonedDateTime now) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("requestId", requestId);
    p.put("actor", actor);
    p.put("reason", reason);
    p.put("now", now);
    return tx.run(REQUEST_ERASURE, p).list().stream().findFirst().map(r -> r.get("id").asString());
  }

  public List<String> adminAccountIds(TransactionContext tx) {
    return tx.run(ADMINS).single().get("ids").asList(Value::asString);
  }

  public List<ErasureRequest> pendingErasures(TransactionContext tx, int skip, int limit) {
    return tx.run(PENDING_ERASURES, Map.of("skip", skip, "limit", limit))
        .list(r ->
            new ErasureRequest(
                r.get("id").asString(),
                time(r.get("at")),
                r.get("requestedBy").asString(null),
                r.get("reason").asString(null),
                r.get("personId").asString(),
                r.get("personName").asString(null),
                r.get("organisationName").asString(null)));
  }

  public Optional<Subject> erasureSubject(TransactionContext tx, String requestId) {
    return tx.run(ERASURE_SUBJECT, Map.of("id", requestId)).list().stream()
        .findFirst()
        .map(r ->
            new Subject(
                r.get("id").asString(),
                r.get("name").asString(null),
                r.get("email").asString(null),
                r.get("phone").asString(null)));
  }

  /**
   * Replaces every occurrence of the terms in any property of any node or relationship by {@code
   * pseudonym}; a value that still holds one in another letter case is replaced whole. Scans the
   * whole graph: an erasure is rare and must not miss a copy.
   */
  public long sweep(TransactionContext tx, List<String> terms, String pseudonym) {
    Map<String, Object> p = Map.of("terms", terms, "pseudonym", pseudonym);
    long nodes = tx.run(SWEEP_NODES, p).single().get("changed").asLong();
    return nodes + tx.run(SWEEP_RELATIONSHIPS, p).single().get("changed").asLong();
  }

  /** How many nodes and relationships hold one of the terms in a property (case-insensitive). */
  public long references(TransactionContext tx, List<String> terms) {
    return tx.run(REFERENCES, Map.of("terms", terms)).single().get("references").asLong();
  }

  /**
   * The parameters {@link #VISIBLE} needs for {@code reader} (null: nobody), in a new mutable map
   * to which a statement adds its own.
   */
  public static Map<String, Object> readerParams(Account reader) {
    Map<String, Object> p = new HashMap<>();
    p.put("reader", reader == null ? null : reader.username());
    p.put("readerOrg", reader == null ? null : reader.organisationId());
    p.put("admin", reader != null && reader.has(Role.ADMIN));
    p.put("librarian", reader != null && reader.has(Role.LIBRARIAN));
    return p;
  }

  private static Person person(Record r) {
    return new Person(
        r.get("id").asString(),
        r.get("name").asString(null),
        r.get("jobTitle").asString(null),
        r.get("role").asString(null),
        r.get("email").asString(null),
        r.get("phone").asString(null),
        r.get("organisationId").asString(null),
        r.get("organisationName").asString(null),
        java.util.Objects.requireNonNullElse(
            Visibility.parse(r.get("visibility").asString(null)), Visibility.ORGANISATION),
        consent(r, ConsentKind.MAPS),
        consent(r, ConsentKind.INTRODUCTIONS),
        consent(r, ConsentKind.RECOMMENDATIONS),
        r.get("legalBasis").asString(null),
        r.get("linked").asBoolean(),
        r.get("erasureRequested").asBoolean(),
        r.get("demo").asBoolean(),
        r.get("version").asLong(),
        time(r.get("lastReviewedAt")),
        time(r.get("updatedAt")),
        r.get("updatedBy").asString(null));
  }

  private static Consent consent(Record r, ConsentKind kind) {
    return new Consent(
        kind,
        r.get(kind.property).asBoolean(false),
        time(r.get(kind.property + "At")),
        r.get(kind.property + "Version").asString(null),
        time(r.get(kind.property + "WithdrawnAt")));
  }

  private static ZonedDateTime time(Value v) {
    return v == null || v.isNull() ? null : v.asZonedDateTime();
  }

  /**
   * A driver value as plain JSON-friendly Java: maps, lists, strings, numbers, booleans; dates,
   * times and points as their text.
   */
  static Object plain(Value v) {
    if (v == null || v.isNull()) {
      return null;
    }
    String type = v.type().name();
    if (type.equals("MAP") || type.equals("NODE") || type.equals("RELATIONSHIP")) {
      Map<String, Object> m = new java.util.TreeMap<>();
      for (String k : v.keys()) {
        m.put(k, plain(v.get(k)));
      }
      return m;
    }
    if (type.startsWith("LIST")) {
      List<Object> l = new ArrayList<>();
      for (Value x : v.values()) {
        l.add(plain(x));
      }
      return l;
    }
    return switch (type) {
      case "STRING" -> v.asString();
      case "INTEGER" -> v.asLong();
      case "FLOAT" -> v.asDouble();
      case "BOOLEAN" -> v.asBoolean();
      default -> String.valueOf(v.asObject());
    };
  }
}
