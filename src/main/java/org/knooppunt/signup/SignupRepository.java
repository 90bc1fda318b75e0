package org.knooppunt.signup;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Cypher for sign-ups, claims, the approval queue and invites. One statement per method, values
 * only as parameters. Who may see a request is decided in the statement (an admin: all; a
 * librarian: those whose organisation lies in a municipality her library is located in or serves),
 * so a page of the queue is one round trip.
 */
@ApplicationScoped
public class SignupRepository {

  static final String USERNAME_TAKEN =
      """
      RETURN EXISTS { MATCH (a:Account) WHERE a.username IN [$username, toLower($username)] }
             AS taken
      """;

  static final String REGISTRATION_TAKEN =
      """
      MATCH (o:Organisation {registrationNumber: $number})
      WHERE coalesce(o.status, 'active') <> 'rejected' AND o.id <> $except
      RETURN o.id AS id, o.name AS name LIMIT 1
      """;

  static final String SET_ORGANISATION_STATUS =
      """
      MATCH (o:Organisation {id: $id}) SET o.status = $status
      """;

  static final String CREATE_ACCOUNT =
      """
      CREATE (a:Account {id: randomUUID(), username: $username, displayName: $displayName,
                         email: $email, passwordHash: $passwordHash, roles: ['partner'],
                         locale: $locale, status: $status, demo: false, createdAt: $now})
      WITH a
      OPTIONAL MATCH (o:Organisation {id: $organisationId})
      FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END |
        MERGE (a)-[f:ACTS_FOR]->(o) SET f.since = $now)
      RETURN a.id AS id
      """;

  static final String CREATE_REQUEST =
      """
      MATCH (a:Account {id: $accountId})
      MATCH (o:Organisation {id: $organisationId})
      CREATE (a)-[:SUBMITTED]->(r:SignupRequest {id: randomUUID(), kind: $kind, status: 'pending',
              createdAt: $now, registrationNumber: $number})-[:CONCERNS]->(o)
      RETURN r.id AS id
      """;

  /** The requests {@code $actor} may decide: all for an admin, her area for a librarian. */
  private static final String VISIBLE =
      """
      MATCH (a:Account)-[:SUBMITTED]->(r:SignupRequest)-[:CONCERNS]->(o:Organisation)
      WHERE ($id IS NULL OR r.id = $id) AND ($status IS NULL OR r.status = $status)
      OPTIONAL MATCH (o)-[:LOCATED_IN]->(m:Municipality)
      WITH a, r, o, m
      WHERE $admin
         OR ($library IS NOT NULL
             AND EXISTS { MATCH (m)<-[:LOCATED_IN|SERVES]-(:Library {id: $library}) })
      """;

  static final String QUEUE =
      VISIBLE
          + """
          RETURN r, a, o, m.id AS municipalityCode, m.name AS municipalityName,
                 EXISTS { MATCH (x:Account)-[:ACTS_FOR]->(o)
                          WHERE 'partner' IN x.roles AND coalesce(x.status, 'active') = 'active' }
                   AS claimed
          ORDER BY r.createdAt, r.id
          SKIP $skip LIMIT $limit
          """;

  static final String QUEUE_COUNT = VISIBLE + "RETURN count(r) AS n";

  static final String APPROVE =
      """
      MATCH (a:Account)-[:SUBMITTED]->(r:SignupRequest {id: $id, status: 'pending'})
            -[:CONCERNS]->(o:Organisation)
      SET r.status = 'approved', r.decidedAt = $now, r.decidedBy = $actor,
          a.status = 'active', o.status = 'active',
          o.registrationNumber = coalesce(o.registrationNumber, r.registrationNumber)
      MERGE (a)-[f:ACTS_FOR]->(o) ON CREATE SET f.since = $now
      RETURN r.id AS id
      """;

  static final String REJECT =
      """
      MATCH (a:Account)-[:SUBMITTED]->(r:SignupRequest {id: $id, status: 'pending'})
            -[:CONCERNS]->(o:Organisation)
      SET r.status = 'rejected', r.decidedAt = $now, r.decidedBy = $actor, r.reason = $reason,
          a.status = 'rejected',
          o.status = CASE WHEN r.kind = 'signup' THEN 'rejected' ELSE o.status END
      WITH r, a, o
      OPTIONAL MATCH (a)-[f:ACTS_FOR]->(o)
      DELETE f
      RETURN DISTINCT r.id AS id
      """;

  static final String CLAIMABLE =
      """
      MATCH (o:Organisation:Partner)
      WHERE coalesce(o.status, 'active') = 'active' AND toLower(o.name) CONTAINS $q
        AND NOT EXISTS { MATCH (x:Account)-[:ACTS_FOR]->(o)
                         WHERE 'partner' IN x.roles AND coalesce(x.status, 'active') = 'active' }
      OPTIONAL MATCH (o)-[:LOCATED_IN]->(m:Municipality)
      RETURN o.id AS id, o.name AS name, m.name AS municipalityName
      ORDER BY o.name, o.id LIMIT $limit
      """;

  static final String CLAIM_TARGET =
      """
      MATCH (o:Organisation {id: $id})
      OPTIONAL MATCH (o)-[:LOCATED_IN]->(m:Municipality)
      RETURN o.name AS name, o:Partner AS partner, coalesce(o.status, 'active') AS status,
             o.registrationNumber AS number, m.id AS municipalityCode, m.country AS country,
             EXISTS { MATCH (x:Account)-[:ACTS_FOR]->(o)
                      WHERE 'partner' IN x.roles AND coalesce(x.status, 'active') = 'active' }
               AS claimed
      """;

  static final String CREATE_INVITE =
      """
      CREATE (i:Invite {id: randomUUID(), tokenHash: $hash, createdBy: $actor, createdAt: $now,
                        expiresAt: $expires, note: $note})
      WITH i
      OPTIONAL MATCH (o:Organisation {id: $organisationId})
      FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (i)-[:FOR]->(o))
      RETURN i.id AS id
      """;

  private static final String INVITE_RETURN =
      """
      OPTIONAL MATCH (i)-[:FOR]->(o:Organisation)
      RETURN i, o.id AS organisationId, o.name AS organisationName,
             o IS NOT NULL AND EXISTS { MATCH (x:Account)-[:ACTS_FOR]->(o)
                      WHERE 'partner' IN x.roles AND coalesce(x.status, 'active') = 'active' }
               AS claimed,
             coalesce(o.status, 'active') AS organisationStatus
      """;

  static final String INVITES =
      """
      MATCH (i:Invite) WHERE $admin OR i.createdBy = $actor
      WITH i ORDER BY i.createdAt DESC, i.id SKIP $skip LIMIT $limit
      """
          + INVITE_RETURN;

  static final String INVITE_BY_ID = "MATCH (i:Invite {id: $id})\n" + INVITE_RETURN;

  static final String INVITE_BY_HASH = "MATCH (i:Invite {tokenHash: $hash})\n" + INVITE_RETURN;

  /**
   * The same, after taking the invite's write lock (the SET): two people accepting one link at once
   * are serialised, and the second sees it used.
   */
  static final String LOCK_INVITE =
      "MATCH (i:Invite {tokenHash: $hash}) SET i.triedAt = $now\nWITH i\n" + INVITE_RETURN;

  static final String USE_INVITE =
      """
      MATCH (i:Invite {id: $id}) WHERE i.usedAt IS NULL
      SET i.usedAt = $now, i.usedBy = $username
      RETURN i.id AS id
      """;

  static final String REVOKE_INVITE =
      """
      MATCH (i:Invite {id: $id}) WHERE i.usedAt IS NULL AND i.revokedAt IS NULL
      SET i.revokedAt = $now, i.revokedBy = $actor
      RETURN i.id AS id
      """;

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** What the service needs to know about an invite: the invite and its organisation's state. */
  public record InviteState(
      Invite invite,
      ZonedDateTime expiresAt,
      boolean used,
      boolean revoked,
      boolean claimed,
      String organisationStatus) {}

  /** What the service needs to know about an organisation someone claims. */
  public record ClaimTarget(
      String name,
      boolean partner,
      String status,
      String registrationNumber,
      String municipalityCode,
      String country,
      boolean claimed) {}

  /** A search hit for the claim screen. */
  public record Claimable(String id, String name, String municipalityName) {}

  public boolean usernameTaken(TransactionContext tx, String username) {
    return tx.run(USERNAME_TAKEN, Map.of("username", username)).single().get("taken").asBoolean();
  }

  /** An organisation (not rejected, not {@code except}) with this registration number. */
  public Optional<String[]> registrationTaken(TransactionContext tx, String number, String except) {
    return tx
        .run(REGISTRATION_TAKEN, Map.of("number", number, "except", except == null ? "" : except))
        .list()
        .stream()
        .findFirst()
        .map(r -> new String[] {r.get("id").asString(), r.get("name").asString(null)});
  }

  public void setOrganisationStatus(TransactionContext tx, String id, String status) {
    tx.run(SET_ORGANISATION_STATUS, Map.of("id", id, "status", status)).consume();
  }

  public String createAccount(
      TransactionContext tx,
      ContactForm contact,
      String passwordHash,
      String locale,
      String status,
      String organisationId,
      ZonedDateTime now) {
    Map<String, Object> p = new HashMap<>();
    p.put("username", contact.getUsername().strip().toLowerCase(java.util.Locale.ROOT));
    p.put("displayName", contact.getDisplayName().strip());
    p.put("email", contact.getEmail().strip());
    p.put("passwordHash", passwordHash);
    p.put("locale", locale);
    p.put("status", status);
    p.put("organisationId", organisationId);
    p.put("now", now);
    return tx.run(CREATE_ACCOUNT, p).single().get("id").asString();
  }

  public String createRequest(
      TransactionContext tx,
      String accountId,
      String organisationId,
      String kind,
      String number,
      ZonedDateTime now) {
    Map<String, Object> p = new HashMap<>();
    p.put("accountId", accountId);
    p.put("organisationId", organisationId);
    p.put("kind", kind);
    p.put("number", number);
    p.put("now", now);
    return tx.run(CREATE_REQUEST, p).single().get("id").asString();
  }

  /** A page of requests {@code admin} or the librarian of {@code library} may decide. */
  public List<SignupRequest> queue(
      TransactionContext tx, boolean admin, String library, String status, int skip, int limit) {
    Map<String, Object> p = visibility(admin, library, null, status);
    p.put("skip", skip);
    p.put("limit", limit);
    return tx.run(QUEUE, p).list(SignupRepository::request);
  }

  public long queueCount(TransactionContext tx, boolean admin, String library, String status) {
    return tx.run(QUEUE_COUNT, visibility(admin, library, null, status)).single().get("n").asLong();
  }

  /** One request, if {@code admin} or the librarian of {@code library} may decide it. */
  public Optional<Found> visible(TransactionContext tx, boolean admin, String library, String id) {
    Map<String, Object> p = visibility(admin, library, id, null);
    p.put("skip", 0);
    p.put("limit", 1);
    return tx.run(QUEUE, p).list().stream()
        .findFirst()
        .map(r -> new Found(request(r), r.get("claimed").asBoolean()));
  }

  /** A request and whether an active partner account already speaks for its organisation. */
  public record Found(SignupRequest request, boolean claimed) {}

  public boolean approve(TransactionContext tx, String id, String actor, ZonedDateTime now) {
    return !tx.run(APPROVE, Map.of("id", id, "actor", actor, "now", now)).list().isEmpty();
  }

  public boolean reject(
      TransactionContext tx, String id, String actor, String reason, ZonedDateTime now) {
    return !tx.run(REJECT, Map.of("id", id, "actor", actor, "reason", reason, "now", now))
        .list()
        .isEmpty();
  }

  public List<Claimable> claimable(TransactionContext tx, String q, int limit) {
    return tx.run(CLAIMABLE, Map.of("q", q.toLowerCase(java.util.Locale.ROOT), "limit", limit))
        .list(r ->
            new Claimable(
                r.get("id").asString(),
                r.get("name").asString(null),
                r.get("municipalityName").asString(null)));
  }

  public Optional<ClaimTarget> claimTarget(TransactionContext tx, String id) {
    return tx.run(CLAIM_TARGET, Map.of("id", id)).list().stream()
        .findFirst()
        .map(r ->
            new ClaimTarget(
                r.get("name").asString(null),
                r.get("partner").asBoolean(),
                r.get("status").asString(),
                r.get("number").asString(null),
                r.get("municipalityCode").asString(null),
                r.get("country").asString(null),
                r.get("claimed").asBoolean()));
  }

  public String createInvite(
      TransactionContext tx,
      String hash,
      String actor,
      String organisationId,
      String note,
      ZonedDateTime now,
      ZonedDateTime expires) {
    Map<String, Object> p = new HashMap<>();
    p.put("hash", hash);
    p.put("actor", actor);
    p.put("organisationId", organisationId);
    p.put("note", note);
    p.put("now", now);
    p.put("expires", expires);
    return tx.run(CREATE_INVITE, p).single().get("id").asString();
  }

  public List<InviteState> invites(
      TransactionContext tx, boolean admin, String actor, ZonedDateTime now, int skip, int limit) {
    return tx.run(INVITES, Map.of("admin", admin, "actor", actor, "skip", skip, "limit", limit))
        .list(r -> inviteState(r, now));
  }

  public Optional<InviteState> invite(TransactionContext tx, String id, ZonedDateTime now) {
    return tx.run(INVITE_BY_ID, Map.of("id", id)).list().stream()
        .findFirst()
        .map(r -> inviteState(r, now));
  }

  public Optional<InviteState> inviteByHash(TransactionContext tx, String hash, ZonedDateTime now) {
    return tx.run(INVITE_BY_HASH, Map.of("hash", hash)).list().stream()
        .findFirst()
        .map(r -> inviteState(r, now));
  }

  /** The invite with this token hash, locked against a second acceptance until commit. */
  public Optional<InviteState> lockInvite(TransactionContext tx, String hash, ZonedDateTime now) {
    return tx.run(LOCK_INVITE, Map.of("hash", hash, "now", now)).list().stream()
        .findFirst()
        .map(r -> inviteState(r, now));
  }

  public boolean useInvite(TransactionContext tx, String id, String username, ZonedDateTime now) {
    return !tx.run(USE_INVITE, Map.of("id", id, "username", username, "now", now)).list().isEmpty();
  }

  public boolean revokeInvite(TransactionContext tx, String id, String actor, ZonedDateTime now) {
    return !tx.run(REVOKE_INVITE, Map.of("id", id, "actor", actor, "now", now)).list().isEmpty();
  }

  private static Map<String, Object> visibility(
      boolean admin, String library, String id, String status) {
    Map<String, Object> p = new HashMap<>();
    p.put("admin", admin);
    p.put("library", library);
    p.put("id", id);
    p.put("status", status);
    return p;
  }

  private static String time(Value v) {
    return v == null || v.isNull() ? null : v.asZonedDateTime().format(MINUTES);
  }

  private static SignupRequest request(Record rec) {
    var r = rec.get("r").asNode();
    var a = rec.get("a").asNode();
    var o = rec.get("o").asNode();
    return new SignupRequest(
        r.get("id").asString(),
        r.get("kind").asString(),
        r.get("status").asString(),
        time(r.get("createdAt")),
        o.get("id").asString(),
        o.get("name").asString(null),
        o.get("sector").asString(null),
        r.get("registrationNumber").asString(o.get("registrationNumber").asString(null)),
        rec.get("municipalityCode").asString(null),
        rec.get("municipalityName").asString(null),
        o.get("website").asString(null),
        o.get("email").asString(null),
        a.get("id").asString(),
        a.get("username").asString(),
        a.get("displayName").asString(null),
        a.get("email").asString(null),
        r.get("decidedBy").asString(null),
        time(r.get("decidedAt")),
        r.get("reason").asString(null));
  }

  private static InviteState inviteState(Record rec, ZonedDateTime now) {
    var i = rec.get("i").asNode();
    ZonedDateTime expires = i.get("expiresAt").asZonedDateTime();
    boolean used = !i.get("usedAt").isNull();
    boolean revoked = !i.get("revokedAt").isNull();
    String status =
        used ? "used" : revoked ? "revoked" : !now.isBefore(expires) ? "expired" : "open";
    Invite invite =
        new Invite(
            i.get("id").asString(),
            status,
            rec.get("organisationId").asString(null),
            rec.get("organisationName").asString(null),
            i.get("note").asString(null),
            i.get("createdBy").asString(null),
            time(i.get("createdAt")),
            time(i.get("expiresAt")),
            i.get("usedBy").asString(null));
    return new InviteState(
        invite,
        expires,
        used,
        revoked,
        rec.get("claimed").asBoolean(),
        rec.get("organisationStatus").asString());
  }
}
