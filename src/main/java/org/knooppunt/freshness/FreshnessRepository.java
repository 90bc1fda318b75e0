package org.knooppunt.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knooppunt.account.Account;
import org.knooppunt.person.PersonRepository;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Cypher for review dates and reminders. One statement per method, values only as parameters; the
 * label comes from {@link ProfileKind} and the sort column from {@link StaleSort}, both
 * allow-lists.
 *
 * <p>Who owns a profile: an organisation owns itself, a community is owned by the organisations
 * that host it, a person by the organisations they work for (and by the account that is that
 * person).
 */
@ApplicationScoped
public class FreshnessRepository {

  /** Write-locks the profile first, so that the checks after it and the write see one version. */
  private static final String LOCK =
      """
      MATCH (n:{{LABEL}} {id: $id})
      SET n._lock = true REMOVE n._lock
      RETURN coalesce(n.version, 1) AS version
      """;

  private static final String CLAIMED =
      "EXISTS { MATCH (a:Account)-[:ACTS_FOR]->(o) WHERE 'partner' IN a.roles }";

  private static final Map<ProfileKind, String> OWNER_PATTERN =
      Map.of(
          ProfileKind.ORGANISATION, "MATCH (o:Organisation) WHERE o = n",
          ProfileKind.COMMUNITY, "MATCH (o:Organisation)-[:HOSTS]->(n)",
          ProfileKind.PERSON, "MATCH (n)-[:WORKS_FOR]->(o:Organisation)");

  private static final String OWNERS =
      """
      MATCH (n:{{LABEL}} {id: $id})
      RETURN coalesce(n.version, 1) AS version,
             COLLECT { {{OWNER}}
                       RETURN {id: o.id, library: o:Library, claimed: {{CLAIMED}}} } AS owners,
             COLLECT { MATCH (a:Account)-[:IS]->(n) RETURN a.id } AS accounts
      """;

  private static final String CONFIRM =
      """
      MATCH (n:{{LABEL}} {id: $id}) WHERE coalesce(n.version, 1) = $version
      SET n.lastReviewedAt = $now, n.reviewedBy = $actor, n.version = coalesce(n.version, 1) + 1
      RETURN n.version AS version
      """;

  /**
   * Profiles due for a reminder (not reviewed, and not reminded, within the interval), marked as
   * reminded now; with the organisations and accounts to tell.
   */
  private static final String CLAIM_DUE =
      """
      MATCH (n:{{LABEL}})
      WHERE n.lastReviewedAt <= $cutoff
        AND (n.reviewRemindedAt IS NULL OR n.reviewRemindedAt <= $cutoff)
        AND coalesce(n.status, 'active') = 'active'
      WITH n ORDER BY n.lastReviewedAt, n.id LIMIT $limit
      SET n.reviewRemindedAt = $now
      RETURN n.id AS id, n.name AS name,
             COLLECT { {{OWNER}} RETURN o.id } AS owners,
             COLLECT { MATCH (a:Account)-[:IS]->(n) RETURN a.id } AS accounts
      """;

  /** The profiles an account looks after: its organisation's own, and the person it is. */
  static final String MINE =
      """
      CALL () {
        MATCH (n:Organisation {id: $org}) RETURN n, 'ORGANISATION' AS kind
        UNION
        MATCH (:Organisation {id: $org})-[:HOSTS]->(n:Community) RETURN n, 'COMMUNITY' AS kind
        UNION
        MATCH (n:Person)-[:WORKS_FOR]->(:Organisation {id: $org}) RETURN n, 'PERSON' AS kind
        UNION
        MATCH (:Account {id: $account})-[:IS]->(n:Person) RETURN n, 'PERSON' AS kind
      }
      WITH n, kind WHERE n.lastReviewedAt <= $cutoff AND coalesce(n.status, 'active') = 'active'
      RETURN kind, n.id AS id, n.name AS name, coalesce(n.version, 1) AS version,
             n.lastReviewedAt AS lastReviewedAt, null AS municipalityName
      ORDER BY n.lastReviewedAt, n.id
      LIMIT $limit
      """;

  /** The municipalities of an account's area: its library's places, and its regions. */
  static final String AREA =
      """
      RETURN COLLECT {
        MATCH (:Organisation {id: $org})-[:LOCATED_IN|SERVES]->(m:Municipality) RETURN m.id AS id
        UNION
        MATCH (:Organisation {id: $org})-[:HAS_BRANCH]->(:Branch)-[:LOCATED_IN]->(m:Municipality)
        RETURN m.id AS id
        UNION
        MATCH (m:Municipality)-[:IN_REGION]->(r:Region) WHERE r.id IN $regions RETURN m.id AS id
      } AS ids
      """;

  /**
   * Profiles not reviewed since {@code $cutoff} with the municipality they are in (an
   * organisation's own; where a community meets, else its host's; a person's organisation's), in
   * {@code $area} unless that is null. People only when the reader may see them ({@link
   * PersonRepository#VISIBLE}).
   */
  private static final String STALE_TEMPLATE =
      """
      CALL () {
        MATCH (n:Organisation) WHERE n.lastReviewedAt <= $cutoff
        RETURN n, 'ORGANISATION' AS kind,
               head(COLLECT { MATCH (n)-[:LOCATED_IN]->(x:Municipality) RETURN x }) AS m
        UNION ALL
        MATCH (n:Community) WHERE n.lastReviewedAt <= $cutoff
        RETURN n, 'COMMUNITY' AS kind,
               coalesce(
                 head(COLLECT { MATCH (n)-[:MEETS_AT]->(:Branch)-[:LOCATED_IN]->(x:Municipality) RETURN x }),
                 head(COLLECT { MATCH (h:Organisation)-[:HOSTS]->(n), (h)-[:LOCATED_IN]->(x:Municipality)
                                RETURN x })) AS m
        UNION ALL
        MATCH (p:Person) WHERE p.lastReviewedAt <= $cutoff
        OPTIONAL MATCH (p)-[:WORKS_FOR]->(o:Organisation)
        WITH p, head(collect(o)) AS o
        WHERE %s
        RETURN p AS n, 'PERSON' AS kind,
               head(COLLECT { MATCH (o)-[:LOCATED_IN]->(x:Municipality) RETURN x }) AS m
      }
      WITH n, kind, m
      WHERE coalesce(n.status, 'active') = 'active' AND ($area IS NULL OR m.id IN $area)
      """
          .formatted(PersonRepository.VISIBLE);

  static final String STALE_COUNT = STALE_TEMPLATE + "RETURN count(n) AS total";

  private static final String STALE_PAGE =
      STALE_TEMPLATE
          + """
          RETURN kind, n.id AS id, n.name AS name, coalesce(n.version, 1) AS version,
                 n.lastReviewedAt AS lastReviewedAt, m.name AS municipalityName
          ORDER BY {{ORDER}} {{DIRECTION}}, n.id
          SKIP $skip LIMIT $limit
          """;

  private static final Map<ProfileKind, String> LOCKS = perKind(LOCK);
  private static final Map<ProfileKind, String> OWNERS_BY_KIND = perKind(OWNERS);
  private static final Map<ProfileKind, String> CONFIRMS = perKind(CONFIRM);
  private static final Map<ProfileKind, String> CLAIMS = perKind(CLAIM_DUE);
  private static final Map<StaleSort, String> STALE_ASC = new EnumMap<>(StaleSort.class);
  private static final Map<StaleSort, String> STALE_DESC = new EnumMap<>(StaleSort.class);

  static {
    for (StaleSort s : StaleSort.values()) {
      STALE_ASC.put(s, STALE_PAGE.replace("{{ORDER}}", s.cypher).replace("{{DIRECTION}}", "ASC"));
      STALE_DESC.put(s, STALE_PAGE.replace("{{ORDER}}", s.cypher).replace("{{DIRECTION}}", "DESC"));
    }
  }

  private static Map<ProfileKind, String> perKind(String template) {
    Map<ProfileKind, String> map = new EnumMap<>(ProfileKind.class);
    for (ProfileKind k : ProfileKind.values()) {
      map.put(
          k,
          template
              .replace("{{LABEL}}", k.label)
              .replace("{{OWNER}}", OWNER_PATTERN.get(k))
              .replace("{{CLAIMED}}", CLAIMED));
    }
    return map;
  }

  /** An organisation that owns a profile, with what decides who may speak for it. */
  public record Owner(String id, boolean library, boolean claimedByPartner) {}

  /** Who owns a profile, and its stored version. */
  public record Owners(long version, List<Owner> organisations, List<String> accountIds) {}

  /** A profile that was due and is now marked as reminded: whom to tell. */
  public record Due(
      String id, String name, List<String> organisationIds, List<String> accountIds) {}

  /** Locks the profile for the rest of the transaction; its version, empty when there is none. */
  public Optional<Long> lock(TransactionContext tx, ProfileKind kind, String id) {
    return tx.run(LOCKS.get(kind), Map.of("id", id)).list().stream()
        .findFirst()
        .map(r -> r.get("version").asLong());
  }

  public Optional<Owners> owners(TransactionContext tx, ProfileKind kind, String id) {
    return tx.run(OWNERS_BY_KIND.get(kind), Map.of("id", id)).list().stream()
        .findFirst()
        .map(r ->
            new Owners(
                r.get("version").asLong(),
                r.get("owners")
                    .asList(v ->
                        new Owner(
                            v.get("id").asString(),
                            v.get("library").asBoolean(),
                            v.get("claimed").asBoolean())),
                r.get("accounts").asList(Value::asString)));
  }

  /** The new version, or empty when the stored version is not {@code version}. */
  public Optional<Long> confirm(
      TransactionContext tx,
      ProfileKind kind,
      String id,
      long version,
      String actor,
      ZonedDateTime now) {
    return tx
        .run(CONFIRMS.get(kind), Map.of("id", id, "version", version, "actor", actor, "now", now))
        .list()
        .stream()
        .findFirst()
        .map(r -> r.get("version").asLong());
  }

  /** At most {@code limit} due profiles of one kind, each marked as reminded at {@code now}. */
  public List<Due> claimDue(
      TransactionContext tx, ProfileKind kind, ZonedDateTime cutoff, ZonedDateTime now, int limit) {
    return tx.run(CLAIMS.get(kind), Map.of("cutoff", cutoff, "now", now, "limit", limit))
        .list(r ->
            new Due(
                r.get("id").asString(),
                r.get("name").asString(""),
                r.get("owners").asList(Value::asString),
                r.get("accounts").asList(Value::asString)));
  }

  public List<ReviewItem> mine(
      TransactionContext tx,
      String organisationId,
      String accountId,
      ZonedDateTime cutoff,
      ZonedDateTime staleBefore,
      int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("org", organisationId);
    p.put("account", accountId);
    p.put("cutoff", cutoff);
    p.put("limit", limit);
    return tx.run(MINE, p).list(r -> item(r, staleBefore));
  }

  /** The municipality ids of the area of an account acting for {@code org} with {@code regions}. */
  public List<String> area(TransactionContext tx, String organisationId, List<String> regionIds) {
    Map<String, Object> p = new HashMap<>();
    p.put("org", organisationId);
    p.put("regions", regionIds == null ? List.of() : regionIds);
    return tx.run(AREA, p).single().get("ids").asList(Value::asString);
  }

  /** Counts the stale profiles; people only those {@code reader} may see. */
  public long staleCount(
      TransactionContext tx, Account reader, ZonedDateTime cutoff, List<String> area) {
    Map<String, Object> p = PersonRepository.readerParams(reader);
    p.put("cutoff", cutoff);
    p.put("area", area);
    return tx.run(STALE_COUNT, p).single().get("total").asLong();
  }

  /** A page of the stale profiles; people only those {@code reader} may see. */
  public List<ReviewItem> stalePage(
      TransactionContext tx,
      Account reader,
      ZonedDateTime cutoff,
      List<String> area,
      StaleSort sort,
      boolean descending,
      int skip,
      int limit,
      ZonedDateTime staleBefore) {
    Map<String, Object> p = PersonRepository.readerParams(reader);
    p.put("cutoff", cutoff);
    p.put("area", area);
    p.put("skip", Math.max(0, skip));
    p.put("limit", Math.clamp(limit, 1, 200));
    return tx.run((descending ? STALE_DESC : STALE_ASC).get(sort), p)
        .list(r -> item(r, staleBefore));
  }

  private static ReviewItem item(Record r, ZonedDateTime staleBefore) {
    ZonedDateTime reviewed =
        r.get("lastReviewedAt").isNull() ? null : r.get("lastReviewedAt").asZonedDateTime();
    return new ReviewItem(
        ProfileKind.valueOf(r.get("kind").asString()),
        r.get("id").asString(),
        r.get("name").asString(""),
        r.get("version").asLong(),
        reviewed,
        r.get("municipalityName").asString(null),
        reviewed == null || !reviewed.isAfter(staleBefore));
  }
}
