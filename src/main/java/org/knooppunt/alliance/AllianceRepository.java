package org.knooppunt.alliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Cypher for alliances. Each method is one statement; values only as parameters. */
@ApplicationScoped
public class AllianceRepository {

  /** What the rules need to know about a stored alliance before a write. */
  public record Ownership(
      long version, String status, List<String> memberIds, List<String> regions) {}

  /** Which of the ids a form refers to do not exist, and the regions of its municipalities. */
  public record References(
      List<String> unknownOrganisations,
      List<String> unknownMunicipalities,
      List<String> unknownTopics,
      List<String> regions) {}

  static final String REFERENCES =
      """
      RETURN [x IN $organisations WHERE NOT EXISTS {
                MATCH (o:Organisation {id: x}) WHERE coalesce(o.status, 'active') = 'active' }]
               AS unknownOrganisations,
             [x IN $municipalities WHERE NOT EXISTS { MATCH (:Municipality {id: x}) }]
               AS unknownMunicipalities,
             [x IN $topics WHERE NOT EXISTS { MATCH (:Topic {id: x}) }] AS unknownTopics,
             COLLECT { MATCH (m:Municipality)-[:IN_REGION]->(r:Region) WHERE m.id IN $municipalities
                       RETURN DISTINCT r.id } AS regions
      """;

  static final String NAMES =
      """
      RETURN COLLECT { MATCH (o:Organisation) WHERE o.id IN $organisations
                       RETURN [o.id, o.name, CASE WHEN o:Library THEN 'library' ELSE 'partner' END]
                     } AS organisations,
             COLLECT { MATCH (m:Municipality) WHERE m.id IN $municipalities
                       OPTIONAL MATCH (m)-[:IN_REGION]->(r:Region)
                       RETURN [m.id, m.name, r.id] } AS municipalities
      """;

  static final String CREATE =
      """
      CREATE (a:Alliance {id: $id, name: $name, description: $description, since: date($since),
        status: 'active', version: 1, createdAt: datetime(), createdBy: $actor,
        updatedAt: datetime(), updatedBy: $actor, lastReviewedAt: datetime()})
      WITH a
      CALL (a) {
        UNWIND $members AS row
        MATCH (o:Organisation {id: row.organisationId})
        CREATE (o)-[:MEMBER_OF {role: row.role, since: date(row.since), until: date(row.until),
          assertedBy: $actor, assertedAt: datetime()}]->(a)
      }
      CALL (a) {
        MATCH (m:Municipality) WHERE m.id IN $municipalities
        CREATE (a)-[:COVERS]->(m)
      }
      CALL (a) {
        MATCH (t:Topic) WHERE t.id IN $topics
        CREATE (a)-[:ABOUT]->(t)
      }
      RETURN a.id AS id
      """;

  /** Takes the alliance's write lock, so the version read stays the stored one until commit. */
  static final String OWNERSHIP =
      """
      MATCH (a:Alliance {id: $id})
      SET a._lock = true REMOVE a._lock
      RETURN coalesce(a.version, 1) AS version, coalesce(a.status, 'active') AS status,
             COLLECT { MATCH (o:Organisation)-[:MEMBER_OF]->(a) RETURN o.id } AS memberIds,
             COLLECT { MATCH (a)-[:COVERS]->(:Municipality)-[:IN_REGION]->(r:Region)
                       RETURN DISTINCT r.id } AS regions
      """;

  static final String UPDATE =
      """
      MATCH (a:Alliance {id: $id})
      SET a.name = $name, a.description = $description, a.since = date($since),
          a.version = coalesce(a.version, 1) + 1, a.updatedAt = datetime(), a.updatedBy = $actor
      WITH a
      CALL (a) {
        MATCH (a)<-[r:MEMBER_OF]-(:Organisation)
        DELETE r
      }
      CALL (a) {
        MATCH (a)-[r:COVERS|ABOUT]->()
        DELETE r
      }
      CALL (a) {
        UNWIND $members AS row
        MATCH (o:Organisation {id: row.organisationId})
        CREATE (o)-[:MEMBER_OF {role: row.role, since: date(row.since), until: date(row.until),
          assertedBy: $actor, assertedAt: datetime()}]->(a)
      }
      CALL (a) {
        MATCH (m:Municipality) WHERE m.id IN $municipalities
        CREATE (a)-[:COVERS]->(m)
      }
      CALL (a) {
        MATCH (t:Topic) WHERE t.id IN $topics
        CREATE (a)-[:ABOUT]->(t)
      }
      RETURN a.version AS version
      """;

  static final String END =
      """
      MATCH (a:Alliance {id: $id})
      SET a.status = 'ended', a.until = date($until), a.version = coalesce(a.version, 1) + 1,
          a.updatedAt = datetime(), a.updatedBy = $actor
      WITH a
      CALL (a) {
        MATCH (a)<-[r:MEMBER_OF]-(:Organisation) WHERE r.until IS NULL
        SET r.until = date($until)
      }
      RETURN a.version AS version
      """;

  static final String FIND =
      """
      MATCH (a:Alliance {id: $id})
      RETURN a.id AS id, a.name AS name, a.description AS description,
             toString(a.since) AS since, toString(a.until) AS until,
             coalesce(a.status, 'active') AS status, coalesce(a.version, 1) AS version,
             a.updatedBy AS updatedBy, toString(a.updatedAt) AS updatedAt,
             COLLECT { MATCH (o:Organisation)-[r:MEMBER_OF]->(a)
                       RETURN {organisationId: o.id, name: o.name,
                               kind: CASE WHEN o:Library THEN 'library' ELSE 'partner' END,
                               role: r.role, since: toString(r.since), until: toString(r.until)}
                              AS member
                       ORDER BY CASE r.role WHEN 'penvoerder' THEN 0 WHEN 'deelnemer' THEN 1
                                ELSE 2 END, toLower(o.name) } AS members,
             COLLECT { MATCH (a)-[:COVERS]->(m:Municipality)
                       OPTIONAL MATCH (m)-[:IN_REGION]->(r:Region)
                       RETURN {id: m.id, name: m.name, regionId: r.id} AS place
                       ORDER BY m.name } AS municipalities,
             COLLECT { MATCH (a)-[:ABOUT]->(t:Topic)
                       RETURN {id: t.id, nameNl: t.nameNl, nameEn: t.nameEn} AS topic
                       ORDER BY t.nameNl } AS topics
      """;

  private static final String LIST_WHERE =
      """
      MATCH (a:Alliance)
      WHERE ($q IS NULL OR toLower(a.name) CONTAINS $q)
        AND ($status IS NULL OR coalesce(a.status, 'active') = $status)
        AND ($organisation IS NULL OR EXISTS { (:Organisation {id: $organisation})-[:MEMBER_OF]->(a) })
      """;

  static final String PAGE =
      LIST_WHERE
          + """
          WITH a ORDER BY toLower(a.name), a.id SKIP $offset LIMIT $limit
          RETURN a.id AS id, a.name AS name, coalesce(a.status, 'active') AS status,
                 toString(a.since) AS since, toString(a.until) AS until,
                 COUNT { (:Organisation)-[:MEMBER_OF]->(a) } AS members,
                 COUNT { (a)-[:COVERS]->(:Municipality) } AS municipalities
          ORDER BY toLower(a.name), a.id
          """;

  static final String COUNT = LIST_WHERE + "RETURN count(a) AS total";

  /** A filter on the list: name contains (any case), status, and member organisation. */
  public record Filter(String q, String status, String organisationId) {
    Map<String, Object> params() {
      Map<String, Object> p = new HashMap<>();
      p.put("q", q == null || q.isBlank() ? null : q.strip().toLowerCase(java.util.Locale.ROOT));
      p.put("status", status == null || status.isBlank() ? null : status);
      p.put(
          "organisation",
          organisationId == null || organisationId.isBlank() ? null : organisationId);
      return p;
    }
  }

  public References references(
      TransactionContext tx,
      List<String> organisations,
      List<String> municipalities,
      List<String> topics) {
    Record r =
        tx.run(
                REFERENCES,
                Map.of(
                    "organisations", organisations,
                    "municipalities", municipalities,
                    "topics", topics))
            .single();
    return new References(
        strings(r.get("unknownOrganisations")),
        strings(r.get("unknownMunicipalities")),
        strings(r.get("unknownTopics")),
        strings(r.get("regions")));
  }

  /**
   * Names of organisations ({@code [id, name, kind]}) and municipalities ({@code [id, name,
   * region]}).
   */
  public Map<String, List<List<String>>> names(
      TransactionContext tx, List<String> organisations, List<String> municipalities) {
    Record r =
        tx.run(NAMES, Map.of("organisations", organisations, "municipalities", municipalities))
            .single();
    return Map.of(
        "organisations",
        r.get("organisations").asList(v -> v.asList(x -> x.asString(null))),
        "municipalities",
        r.get("municipalities").asList(v -> v.asList(x -> x.asString(null))));
  }

  public String create(TransactionContext tx, String id, Clean form, String actor) {
    Map<String, Object> p = form.params();
    p.put("id", id);
    p.put("actor", actor);
    return tx.run(CREATE, p).single().get("id").asString();
  }

  public Optional<Ownership> ownership(TransactionContext tx, String id) {
    return tx.run(OWNERSHIP, Map.of("id", id)).list().stream()
        .findFirst()
        .map(r ->
            new Ownership(
                r.get("version").asLong(),
                r.get("status").asString(),
                strings(r.get("memberIds")),
                strings(r.get("regions"))));
  }

  public long update(TransactionContext tx, String id, Clean form, String actor) {
    Map<String, Object> p = form.params();
    p.put("id", id);
    p.put("actor", actor);
    return tx.run(UPDATE, p).single().get("version").asLong();
  }

  public long end(TransactionContext tx, String id, String until, String actor) {
    return tx.run(END, Map.of("id", id, "until", until, "actor", actor))
        .single()
        .get("version")
        .asLong();
  }

  public Optional<Alliance> find(TransactionContext tx, String id) {
    return tx.run(FIND, Map.of("id", id)).list().stream().findFirst().map(AllianceRepository::map);
  }

  public List<AllianceSummary> page(TransactionContext tx, Filter filter, int offset, int limit) {
    Map<String, Object> p = filter.params();
    p.put("offset", offset);
    p.put("limit", limit);
    return tx.run(PAGE, p)
        .list(r ->
            new AllianceSummary(
                r.get("id").asString(),
                r.get("name").asString(),
                r.get("status").asString(),
                r.get("since").asString(null),
                r.get("until").asString(null),
                r.get("members").asLong(),
                r.get("municipalities").asLong()));
  }

  public long count(TransactionContext tx, Filter filter) {
    return tx.run(COUNT, filter.params()).single().get("total").asLong();
  }

  /** A form the service has checked and normalised, ready for Cypher. */
  record Clean(
      String name,
      String description,
      String since,
      List<AllianceForm.MemberForm> members,
      List<String> municipalityIds,
      List<String> topicIds) {
    Map<String, Object> params() {
      Map<String, Object> p = new HashMap<>();
      p.put("name", name);
      p.put("description", description);
      p.put("since", since);
      p.put(
          "members",
          members.stream()
              .map(m -> {
                Map<String, Object> row = new HashMap<>();
                row.put("organisationId", m.organisationId());
                row.put("role", m.role());
                row.put("since", m.since());
                row.put("until", m.until());
                return row;
              })
              .toList());
      p.put("municipalities", municipalityIds);
      p.put("topics", topicIds);
      return p;
    }
  }

  private static Alliance map(Record r) {
    return new Alliance(
        r.get("id").asString(),
        r.get("name").asString(),
        r.get("description").asString(null),
        r.get("since").asString(null),
        r.get("until").asString(null),
        r.get("status").asString(),
        r.get("version").asLong(),
        r.get("members")
            .asList(v ->
                new Alliance.Member(
                    v.get("organisationId").asString(),
                    v.get("name").asString(null),
                    v.get("kind").asString(),
                    v.get("role").asString(null),
                    v.get("since").asString(null),
                    v.get("until").asString(null))),
        r.get("municipalities")
            .asList(v ->
                new Alliance.Place(
                    v.get("id").asString(),
                    v.get("name").asString(null),
                    v.get("regionId").asString(null))),
        r.get("topics")
            .asList(v ->
                new Alliance.Topic(
                    v.get("id").asString(),
                    v.get("nameNl").asString(null),
                    v.get("nameEn").asString(null))),
        r.get("updatedBy").asString(null),
        r.get("updatedAt").asString(null));
  }

  private static List<String> strings(Value v) {
    return v.asList(x -> x.asString());
  }
}
