package org.knooppunt.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knooppunt.taalnetwerk.TaalnetwerkRole;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** Cypher for health snapshots. One statement per method, values only as parameters. */
@ApplicationScoped
public class HealthRepository {

  /** The numbers of regions now; see {@link HealthSnapshot} for what each one counts. */
  static final String REGION_STATS =
      """
      UNWIND $ids AS sid
      MATCH (r:Region {id: sid})
      CALL (r) {
        OPTIONAL MATCH (r)<-[:IN_REGION]-(m:Municipality)
        RETURN sum(coalesce(m.population, 0)) AS inhabitants
      }
      CALL (r) {
        OPTIONAL MATCH (r)<-[:IN_REGION]-(:Municipality)<-[:LOCATED_IN]-(o:Organisation)
        WHERE coalesce(o.status, 'active') = 'active'
        WITH DISTINCT o
        RETURN count(o) AS members, count(CASE WHEN o:Partner THEN 1 END) AS partners
      }
      CALL (r) {
        OPTIONAL MATCH (r)<-[:IN_REGION]-(:Municipality)<-[:LOCATED_IN]-(:Organisation)
                       -[c:COLLABORATES_WITH {status: 'confirmed'}]-(:Organisation)
        RETURN count(DISTINCT c) AS collaborations
      }
      CALL (r) {
        MATCH (r)<-[:IN_REGION]-(:Municipality)<-[:COVERS]-(n:Taalnetwerk)
        WITH DISTINCT n
        RETURN coalesce(min(size(COLLECT {
                 MATCH (:Organisation)-[x:MEMBER_OF]->(n) UNWIND x.roles AS role
                 WITH role WHERE role IN $roles RETURN DISTINCT role })), 0) AS rolesFilled
      }
      RETURN r.id AS id, inhabitants, members, partners, collaborations, rolesFilled
      """;

  /** The numbers of taalnetwerken now; see {@link HealthSnapshot}. */
  static final String TAALNETWERK_STATS =
      """
      UNWIND $ids AS sid
      MATCH (n:Taalnetwerk {id: sid})
      CALL (n) {
        OPTIONAL MATCH (n)-[:COVERS]->(m:Municipality)
        RETURN sum(coalesce(m.population, 0)) AS inhabitants
      }
      CALL (n) {
        OPTIONAL MATCH (o:Organisation)-[:MEMBER_OF]->(n)
        WHERE coalesce(o.status, 'active') = 'active'
        WITH DISTINCT o
        RETURN count(o) AS members, count(CASE WHEN o:Partner THEN 1 END) AS partners
      }
      CALL (n) {
        OPTIONAL MATCH (one:Organisation)-[:MEMBER_OF]->(n)<-[:MEMBER_OF]-(other:Organisation),
                       (one)-[c:COLLABORATES_WITH {status: 'confirmed'}]->(other)
        RETURN count(DISTINCT c) AS collaborations
      }
      RETURN n.id AS id, inhabitants, members, partners, collaborations,
             size(COLLECT { MATCH (:Organisation)-[x:MEMBER_OF]->(n) UNWIND x.roles AS role
                            WITH role WHERE role IN $roles RETURN DISTINCT role }) AS rolesFilled
      """;

  /**
   * Saves one snapshot per row under its key (kind:subject:year): a new one is created; an existing
   * one keeps its numbers unless {@code $refresh} (an on-demand snapshot in the same year replaces
   * that year's numbers).
   */
  static final String SAVE =
      """
      UNWIND $rows AS row
      CALL (row) {
        MATCH (s:Region {id: row.subjectId}) WHERE row.kind = 'region' RETURN s AS subject
        UNION
        MATCH (s:Taalnetwerk {id: row.subjectId}) WHERE row.kind = 'taalnetwerk' RETURN s AS subject
      }
      MERGE (h:HealthSnapshot {key: row.key})
        ON CREATE SET h.id = randomUUID(), h.subjectKind = row.kind, h.subjectId = row.subjectId,
                      h.year = row.year, h.at = $at, h.createdBy = $actor, h += row.stats
      FOREACH (_ IN CASE WHEN $refresh THEN [1] ELSE [] END |
        SET h.at = $at, h.createdBy = $actor, h += row.stats)
      MERGE (h)-[:OF]->(subject)
      RETURN h.id AS id
      """;

  static final String HISTORY =
      """
      MATCH (h:HealthSnapshot {subjectKind: $kind, subjectId: $id})
      RETURN h ORDER BY h.year DESC LIMIT 100
      """;

  static final String SUBJECT =
      """
      CALL () {
        MATCH (r:Region {id: $id}) WHERE $kind = 'region'
        RETURN r.name AS name, [r.id] AS regions
        UNION
        MATCH (n:Taalnetwerk {id: $id}) WHERE $kind = 'taalnetwerk'
        RETURN n.name AS name,
               COLLECT { MATCH (n)-[:COVERS]->(:Municipality)-[:IN_REGION]->(r:Region)
                         RETURN DISTINCT r.id } AS regions
      }
      RETURN name, regions
      """;

  /** Regions and taalnetwerken without a snapshot in {@code $year}. */
  static final String WITHOUT_SNAPSHOT =
      """
      CALL () {
        MATCH (r:Region) RETURN 'region' AS kind, r.id AS id
        UNION ALL
        MATCH (n:Taalnetwerk) RETURN 'taalnetwerk' AS kind, n.id AS id
      }
      WITH kind, id WHERE NOT EXISTS {
        MATCH (:HealthSnapshot {key: kind + ':' + id + ':' + toString($year)}) }
      RETURN kind, id ORDER BY kind, id
      """;

  /** The name of a subject and the regions it lies in. */
  public record Subject(SubjectKind kind, String id, String name, List<String> regions) {}

  /** A subject's numbers now, not yet saved. */
  public record Stats(
      String id,
      long members,
      long rolesFilled,
      long collaborations,
      long partners,
      long inhabitants) {}

  public List<Stats> stats(TransactionContext tx, SubjectKind kind, List<String> ids) {
    String query = kind == SubjectKind.REGION ? REGION_STATS : TAALNETWERK_STATS;
    return tx.run(query, Map.of("ids", ids, "roles", TaalnetwerkRole.codes()))
        .list(r ->
            new Stats(
                r.get("id").asString(),
                r.get("members").asLong(),
                r.get("rolesFilled").asLong(),
                r.get("collaborations").asLong(),
                r.get("partners").asLong(),
                r.get("inhabitants").asLong()));
  }

  /** Saves the stats as snapshots of {@code year}; returns their ids. */
  public List<String> save(
      TransactionContext tx,
      SubjectKind kind,
      List<Stats> stats,
      int year,
      ZonedDateTime at,
      String actor,
      boolean refresh) {
    List<Map<String, Object>> rows =
        stats.stream()
            .map(s -> {
              Map<String, Object> values = new HashMap<>();
              values.put("members", s.members());
              values.put("rolesFilled", s.rolesFilled());
              values.put("confirmedCollaborations", s.collaborations());
              values.put("partners", s.partners());
              values.put("inhabitants", s.inhabitants());
              values.put("partnersPer10k", HealthSnapshot.per10k(s.partners(), s.inhabitants()));
              Map<String, Object> row = new HashMap<>();
              row.put("key", kind.code + ":" + s.id() + ":" + year);
              row.put("kind", kind.code);
              row.put("subjectId", s.id());
              row.put("year", year);
              row.put("stats", values);
              return row;
            })
            .toList();
    Map<String, Object> p = new HashMap<>();
    p.put("rows", rows);
    p.put("at", at);
    p.put("actor", actor);
    p.put("refresh", refresh);
    return tx.run(SAVE, p).list(r -> r.get("id").asString());
  }

  public List<HealthSnapshot> history(TransactionContext tx, SubjectKind kind, String id) {
    return tx.run(HISTORY, Map.of("kind", kind.code, "id", id))
        .list(r -> snapshot(r.get("h").asNode()));
  }

  public Optional<Subject> subject(TransactionContext tx, SubjectKind kind, String id) {
    return tx.run(SUBJECT, Map.of("kind", kind.code, "id", id)).list().stream()
        .findFirst()
        .map(r ->
            new Subject(
                kind, id, r.get("name").asString(null), r.get("regions").asList(Value::asString)));
  }

  /** Per kind, the ids of subjects without a snapshot in {@code year}. */
  public Map<SubjectKind, List<String>> withoutSnapshot(TransactionContext tx, int year) {
    Map<SubjectKind, List<String>> out = new HashMap<>();
    for (SubjectKind k : SubjectKind.values()) {
      out.put(k, new java.util.ArrayList<>());
    }
    for (Record r : tx.run(WITHOUT_SNAPSHOT, Map.of("year", year)).list()) {
      SubjectKind k =
          "region".equals(r.get("kind").asString()) ? SubjectKind.REGION : SubjectKind.TAALNETWERK;
      out.get(k).add(r.get("id").asString());
    }
    return out;
  }

  private static HealthSnapshot snapshot(Node h) {
    return new HealthSnapshot(
        h.get("id").asString(),
        h.get("at").isNull() ? null : h.get("at").asZonedDateTime(),
        h.get("year").asInt(),
        h.get("subjectKind").asString(),
        h.get("subjectId").asString(),
        h.get("members").asLong(0),
        h.get("rolesFilled").asLong(0),
        h.get("confirmedCollaborations").asLong(0),
        h.get("partners").asLong(0),
        h.get("inhabitants").asLong(0),
        h.get("partnersPer10k").asDouble(0));
  }
}
