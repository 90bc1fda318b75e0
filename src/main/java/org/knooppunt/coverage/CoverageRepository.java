package org.knooppunt.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Cypher of the coverage analysis. A whole scope takes two statements, never one per municipality:
 * {@link #MUNICIPALITIES} (the need and a complete taalnetwerk per municipality) and the serving
 * organisations, found either from each municipality outward ({@link #SERVING_NEAR}, for a short
 * list of municipalities) or from the topic or target group outward ({@link #SERVING_FROM_NEED},
 * for a province or a country, where most organisations of the area do not do the topic and need
 * not be visited). Both give the same answer; a test holds them to it.
 */
@ApplicationScoped
public class CoverageRepository {

  /** The four taalnetwerk roles that together make a taalnetwerk complete. */
  static final List<String> ROLES =
      List.of("programmeren", "faciliteren", "regisseren", "intermediëren");

  /** Whether municipality {@code m} lies in the scope; exactly one of the four is set. */
  private static final String IN_SCOPE =
      """
      ($regionId IS NULL OR EXISTS { (m)-[:IN_REGION]->(:Region {id: $regionId}) })
        AND ($municipalityIds IS NULL OR m.id IN $municipalityIds)
        AND ($allianceId IS NULL OR EXISTS { (:Alliance {id: $allianceId})-[:COVERS]->(m) })
        AND ($countries IS NULL OR m.country IN $countries)
      """;

  /** The municipalities of the scope, as {@code m}. */
  private static final String SCOPE = "MATCH (m:Municipality) WHERE " + IN_SCOPE;

  /** The active libraries located in (or with a branch in) or serving the scope, by name. */
  static final String LIBRARIES =
      SCOPE
          + """
          CALL (m) {
            MATCH (l:Organisation:Library)-[:LOCATED_IN|SERVES]->(m) RETURN l
            UNION
            MATCH (l:Organisation:Library)-[:HAS_BRANCH]->(:Branch)-[:LOCATED_IN]->(m) RETURN l
          }
          WITH DISTINCT l WHERE coalesce(l.status, 'active') = 'active'
          RETURN l.id AS id, l.name AS name ORDER BY name, id LIMIT $limit
          """;

  /** Which of the names a query uses exist, and whether the topic is a language topic. */
  static final String LOOKUP =
      """
      RETURN EXISTS { MATCH (:Region {id: $regionId}) } AS region,
             [id IN coalesce($municipalityIds, []) WHERE NOT EXISTS { MATCH (:Municipality {id: id}) }]
               AS unknownMunicipalities,
             EXISTS { MATCH (:Alliance {id: $allianceId}) } AS alliance,
             EXISTS { MATCH (:Topic {id: $topicId}) } AS topic,
             EXISTS { MATCH (:TargetGroup {id: $groupId}) } AS targetGroup,
             EXISTS { MATCH (:Topic {id: $topicId})-[:BROADER*0..]->(:Topic {id: 'taalvaardigheid'}) }
               AS languageTopic
      """;

  /**
   * One row per municipality of the scope: its need (latest imported figure, else the estimate) and
   * a complete taalnetwerk covering it (only for a language question).
   */
  static final String MUNICIPALITIES =
      """
      OPTIONAL MATCH (g:TargetGroup {id: $groupId})
      WITH g
      """
          + SCOPE
          + """
          RETURN m.id AS id, m.name AS name, m.population AS population,
                 m.populationYear AS populationYear,
                 g.nationalShare AS share, g.shareSource AS shareSource,
                 head(COLLECT { MATCH (m)-[h:HAS_NEED]->(:TargetGroup {id: $groupId})
                                RETURN h ORDER BY h.year DESC LIMIT 1 }) AS imported,
                 CASE WHEN $language THEN head(COLLECT {
                   MATCH (n:Taalnetwerk)-[:COVERS]->(m)
                   WHERE coalesce(n.status, 'active') = 'active'
                     AND all(role IN $roles WHERE EXISTS {
                       MATCH (x:Organisation)-[r:MEMBER_OF]->(n)
                       WHERE role IN r.roles AND coalesce(x.status, 'active') = 'active'
                         AND (r.until IS NULL OR r.until >= date($today)) })
                   RETURN n.id ORDER BY n.id }) END AS taalnetwerk
          """;

  /**
   * The serving organisations per municipality of a small scope, found from each municipality
   * outward: the active organisations located in it (or with a branch there) or serving it, kept
   * when they do the topic (or a narrower one) and/or reach the group. Municipalities nobody serves
   * are left out.
   */
  static final String SERVING_NEAR =
      """
      WITH COLLECT { MATCH (t:Topic)-[:BROADER*0..]->(:Topic {id: $topicId}) RETURN t.id } AS topics
      """
          + SCOPE
          + """
          CALL (m, topics) {
            CALL (m) {
              MATCH (o:Organisation)-[:LOCATED_IN|SERVES]->(m) RETURN o
              UNION
              MATCH (o:Organisation)-[:HAS_BRANCH]->(b:Branch)-[:LOCATED_IN]->(m)
              WHERE coalesce(b.status, 'active') = 'active'
              RETURN o
            }
            WITH o WHERE coalesce(o.status, 'active') = 'active'
              AND ($topicId IS NULL OR EXISTS { (o)-[:WORKS_ON]->(t:Topic) WHERE t.id IN topics })
              AND ($groupId IS NULL OR EXISTS { (o)-[:REACHES]->(:TargetGroup {id: $groupId}) })
            RETURN collect(o.id) AS servingIds, collect(o.name) AS servingNames
          }
          WITH m, servingIds, servingNames WHERE size(servingIds) > 0
          RETURN m.id AS id, servingIds, servingNames
          """;

  /**
   * The same answer as {@link #SERVING_NEAR} for a large scope, found from the need outward: the
   * organisations that work on the topic or a narrower one (or, without a topic, reach the group),
   * then their municipalities in the scope. It visits only the organisations that do the topic, not
   * every organisation of the scope.
   */
  static final String SERVING_FROM_NEED =
      """
      OPTIONAL MATCH (g:TargetGroup {id: $groupId})
      WITH g, COLLECT { MATCH (t:Topic)-[:BROADER*0..]->(:Topic {id: $topicId}) RETURN t } AS topics
      CALL (g, topics) {
        UNWIND CASE WHEN $topicId IS NULL THEN [] ELSE topics END AS t
        MATCH (t)<-[:WORKS_ON]-(o:Organisation)
        RETURN DISTINCT o
        UNION
        WITH g WHERE $topicId IS NULL AND g IS NOT NULL
        MATCH (g)<-[:REACHES]-(o:Organisation)
        RETURN o
      }
      WITH o, g WHERE coalesce(o.status, 'active') = 'active'
        AND ($topicId IS NULL OR $groupId IS NULL OR EXISTS { (o)-[:REACHES]->(g) })
      CALL (o) {
        MATCH (o)-[:LOCATED_IN|SERVES]->(m:Municipality) RETURN m
        UNION
        MATCH (o)-[:HAS_BRANCH]->(b:Branch)-[:LOCATED_IN]->(m:Municipality)
        WHERE coalesce(b.status, 'active') = 'active'
        RETURN m
      }
      WITH m, o WHERE
      """
          + IN_SCOPE
          + """
          RETURN m.id AS id, collect(o.id) AS servingIds, collect(o.name) AS servingNames
          """;

  /**
   * For each library of a what-if: whether it is an active library, the municipalities where it or
   * a branch is located or which it serves, and whether it or a confirmed collaboration partner
   * works on the topic (or a narrower one) and reaches the target group.
   */
  static final String ALLIES =
      """
      WITH COLLECT { MATCH (t:Topic)-[:BROADER*0..]->(:Topic {id: $topicId}) RETURN t.id } AS topics
      UNWIND $libraryIds AS lid
      OPTIONAL MATCH (l:Organisation:Library {id: lid})
      WHERE coalesce(l.status, 'active') = 'active'
      RETURN lid, l IS NOT NULL AS found, l.name AS name,
             COLLECT { MATCH (l)-[:LOCATED_IN|SERVES]->(m:Municipality) RETURN m.id AS id
                       UNION
                       MATCH (l)-[:HAS_BRANCH]->(b:Branch)-[:LOCATED_IN]->(m:Municipality)
                       WHERE coalesce(b.status, 'active') = 'active'
                       RETURN m.id AS id } AS area,
             EXISTS { MATCH (l)-[:WORKS_ON]->(t:Topic) WHERE t.id IN topics }
               OR EXISTS { MATCH (l)-[c:COLLABORATES_WITH]-(x:Organisation)-[:WORKS_ON]->(t:Topic)
                           WHERE c.status = 'confirmed' AND coalesce(x.status, 'active') = 'active'
                             AND t.id IN topics } AS topic,
             EXISTS { MATCH (l)-[:REACHES]->(:TargetGroup {id: $groupId}) }
               OR EXISTS { MATCH (l)-[c:COLLABORATES_WITH]-(x:Organisation)-[:REACHES]->(:TargetGroup {id: $groupId})
                           WHERE c.status = 'confirmed' AND coalesce(x.status, 'active') = 'active' }
               AS targetGroup
      """;

  /** What {@link #LOOKUP} found. */
  record Lookup(
      boolean region,
      List<String> unknownMunicipalities,
      boolean alliance,
      boolean topic,
      boolean targetGroup,
      boolean languageTopic) {}

  /** A municipality as {@link #analyse} returns it, before ranking. */
  record Row(
      String id,
      String name,
      long population,
      Integer populationYear,
      Double share,
      String shareSource,
      Long importedCount,
      String importedSource,
      Integer importedYear,
      List<String> servingIds,
      List<String> servingNames,
      String taalnetwerkId) {}

  /** One library of a what-if, as {@link #ALLIES} returns it. */
  record Ally(
      String id,
      boolean found,
      String name,
      List<String> area,
      boolean worksOnTopic,
      boolean reachesGroup) {}

  Lookup lookup(TransactionContext tx, CoverageQuery q) {
    Record r = tx.run(LOOKUP, params(q)).single();
    return new Lookup(
        r.get("region").asBoolean(),
        r.get("unknownMunicipalities").asList(Value::asString),
        r.get("alliance").asBoolean(),
        r.get("topic").asBoolean(),
        r.get("targetGroup").asBoolean(),
        r.get("languageTopic").asBoolean());
  }

  /** How the serving organisations are found; both give the same answer. */
  enum Strategy {
    /** From each municipality outward: cheap for a few municipalities. */
    NEAR,
    /** From the topic or target group outward: cheap for a province or a country. */
    FROM_NEED
  }

  /** Scopes of at most this many listed municipalities are answered from the municipalities. */
  static final int NEAR_MAX = 20;

  /** The strategy for a query: NEAR for a short list of municipalities, else FROM_NEED. */
  static Strategy strategy(CoverageQuery q) {
    List<String> ids = q.scope().municipalityIds();
    return ids != null && ids.size() <= NEAR_MAX ? Strategy.NEAR : Strategy.FROM_NEED;
  }

  List<Row> analyse(TransactionContext tx, CoverageQuery q, boolean language, String today) {
    return analyse(tx, q, language, today, strategy(q));
  }

  List<Row> analyse(
      TransactionContext tx, CoverageQuery q, boolean language, String today, Strategy strategy) {
    Map<String, Object> p = params(q);
    p.put("language", language);
    p.put("roles", ROLES);
    p.put("today", today);
    Map<String, Record> serving = new HashMap<>();
    tx.run(strategy == Strategy.NEAR ? SERVING_NEAR : SERVING_FROM_NEED, p)
        .list()
        .forEach(r -> serving.put(r.get("id").asString(), r));
    return tx.run(MUNICIPALITIES, p).list(r -> row(r, serving.get(r.get("id").asString())));
  }

  List<org.knooppunt.organisation.Ref> libraries(
      TransactionContext tx, CoverageQuery q, int limit) {
    Map<String, Object> p = params(q);
    p.put("limit", limit);
    return tx.run(LIBRARIES, p)
        .list(r ->
            new org.knooppunt.organisation.Ref(
                r.get("id").asString(), r.get("name").asString(), r.get("name").asString()));
  }

  List<Ally> allies(TransactionContext tx, CoverageQuery q, List<String> libraryIds) {
    Map<String, Object> p = params(q);
    p.put("libraryIds", libraryIds);
    return tx.run(ALLIES, p)
        .list(r ->
            new Ally(
                r.get("lid").asString(),
                r.get("found").asBoolean(),
                r.get("name").asString(null),
                r.get("area").asList(Value::asString),
                r.get("topic").asBoolean(),
                r.get("targetGroup").asBoolean()));
  }

  private static Row row(Record r, Record serving) {
    Value imported = r.get("imported");
    Value population = r.get("population");
    Value year = r.get("populationYear");
    Value share = r.get("share");
    return new Row(
        r.get("id").asString(),
        r.get("name").asString(),
        population.isNull() ? 0 : population.asLong(),
        year.isNull() ? null : year.asInt(),
        share.isNull() ? null : share.asDouble(),
        r.get("shareSource").asString(null),
        imported.isNull() ? null : imported.get("count").asLong(),
        imported.isNull() ? null : imported.get("source").asString(null),
        imported.isNull() ? null : imported.get("year").asInt(),
        serving == null
            ? new ArrayList<>()
            : new ArrayList<>(serving.get("servingIds").asList(Value::asString)),
        serving == null
            ? new ArrayList<>()
            : new ArrayList<>(serving.get("servingNames").asList(v -> v.asString(""))),
        r.get("taalnetwerk").asString(null));
  }

  private static Map<String, Object> params(CoverageQuery q) {
    Scope s = q.scope();
    Map<String, Object> p = new HashMap<>();
    p.put("regionId", s.regionId());
    p.put("municipalityIds", s.municipalityIds());
    p.put("allianceId", s.allianceId());
    p.put("countries", s.countries());
    p.put("topicId", q.topicId());
    p.put("groupId", q.targetGroupId());
    return p;
  }
}
