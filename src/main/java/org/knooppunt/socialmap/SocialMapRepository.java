package org.knooppunt.socialmap;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The social map in one statement: the nodes within {@code depth} hops of the centre over the
 * network relations (collaborations, branches, memberships, hosting, meeting places, Taalhuis),
 * capped at {@code maxNodes}, plus the relations among them, capped at {@code maxEdges}. People are
 * left out here: they appear only where they consented, which is a later concern of this feature.
 *
 * <p>The depth cannot be a Cypher parameter, so there is one statement per allowed depth (1–3),
 * built from one template. Neo4j's planner prunes the variable-length expansion for {@code
 * DISTINCT} end nodes, so depth 3 does not enumerate every path through a hub.
 */
@ApplicationScoped
public class SocialMapRepository {

  static final int MAX_DEPTH = 3;

  private static final String TEMPLATE =
      """
      CALL () {
        MATCH (c:Organisation {id: $centre}) RETURN c
        UNION MATCH (c:Branch {id: $centre}) RETURN c
        UNION MATCH (c:Community {id: $centre}) RETURN c
        UNION MATCH (c:Taalnetwerk {id: $centre}) RETURN c
        UNION MATCH (c:Alliance {id: $centre}) RETURN c
      }
      WITH c LIMIT 1
      CALL (c) {
        MATCH p = (c)-[:COLLABORATES_WITH|HAS_BRANCH|MEMBER_OF|HOSTS|MEETS_AT|HAS_TAALHUIS*1..{{DEPTH}}]-(n)
        WHERE (n:Organisation OR n:Branch OR n:Community OR n:Taalnetwerk OR n:Alliance) AND n <> c
        WITH n, min(length(p)) AS distance
        WHERE NOT n:Organisation OR (
          ($sector IS NULL OR n.sector = $sector)
          AND ($topic IS NULL
               OR EXISTS { (n)-[:WORKS_ON]->(:Topic)-[:BROADER*0..4]->(:Topic {id: $topic}) })
          AND ($targetGroup IS NULL OR EXISTS { (n)-[:REACHES]->(:TargetGroup {id: $targetGroup}) }))
        RETURN n, distance ORDER BY distance, n.name LIMIT $maxNodes
      }
      WITH c, collect({node: n, distance: distance}) AS found
      WITH c, [{node: c, distance: 0}] + found AS entries
      WITH c, entries, [e IN entries | e.node] AS ns
      CALL (ns) {
        UNWIND ns AS a
        MATCH (a)-[r:COLLABORATES_WITH|HAS_BRANCH|MEMBER_OF|HOSTS|MEETS_AT|HAS_TAALHUIS]->(b)
        WHERE b IN ns AND ($status IS NULL OR r.status IS NULL OR r.status = $status)
        WITH a, r, b ORDER BY a.name, b.name
        RETURN collect({id: r.id, source: a.id, target: b.id, type: type(r), status: r.status,
                        since: toString(r.since), roles: r.roles, assertedBy: r.assertedBy,
                        assertedAt: toString(date(r.assertedAt))}) AS allEdges
      }
      UNWIND range(0, size(entries) - 1) AS i
      WITH c, allEdges, size(entries) - 1 AS found, i, entries[i].node AS n, entries[i].distance AS distance
      OPTIONAL MATCH (n)-[:LOCATED_IN]->(m:Municipality)
      WITH c, allEdges, found, i, n, distance, collect(m)[0] AS m
      ORDER BY i
      RETURN c.id AS centre, found,
             collect({id: n.id, labels: labels(n), name: n.name, sector: n.sector,
                      distance: distance, demo: coalesce(n.demo, false), municipality: m.name, municipalityCode: m.id,
                      latitude: n.location.latitude, longitude: n.location.longitude}) AS nodes,
             allEdges[..$maxEdges] AS edges, size(allEdges) AS edgeCount,
             ($topic IS NULL OR EXISTS { MATCH (:Topic {id: $topic}) }) AS topicKnown,
             ($targetGroup IS NULL OR EXISTS { MATCH (:TargetGroup {id: $targetGroup}) }) AS targetGroupKnown
      """;

  private static final Map<Integer, String> BY_DEPTH = new HashMap<>();

  static {
    for (int depth = 1; depth <= MAX_DEPTH; depth++) {
      BY_DEPTH.put(depth, TEMPLATE.replace("{{DEPTH}}", Integer.toString(depth)));
    }
  }

  /** A map with what its filters referred to: an unknown topic or target group is reported. */
  public record Result(SocialMap map, boolean topicKnown, boolean targetGroupKnown) {}

  /** The map, or empty when there is no such centre. */
  public Optional<Result> neighbourhood(
      TransactionContext tx,
      String centre,
      int depth,
      MapFilter filter,
      int maxNodes,
      int maxEdges) {
    String query = BY_DEPTH.get(depth);
    if (query == null) {
      throw new IllegalArgumentException("depth " + depth);
    }
    Map<String, Object> params = filter.parameters();
    params.put("centre", centre);
    params.put("maxNodes", maxNodes);
    params.put("maxEdges", maxEdges);
    var rows = tx.run(query, params).list();
    return rows.stream()
        .findFirst()
        .map(r ->
            new Result(
                map(r, depth, maxNodes, maxEdges),
                r.get("topicKnown").asBoolean(),
                r.get("targetGroupKnown").asBoolean()));
  }

  private static SocialMap map(Record r, int depth, int maxNodes, int maxEdges) {
    List<MapNode> nodes = r.get("nodes").asList(SocialMapRepository::node);
    List<MapEdge> edges =
        r.get("edges")
            .asList(e ->
                new MapEdge(
                    e.get("id").asString(null),
                    e.get("source").asString(),
                    e.get("target").asString(),
                    e.get("type").asString(),
                    e.get("status").asString(null),
                    e.get("since").asString(null),
                    e.get("roles").isNull() ? List.of() : e.get("roles").asList(Value::asString),
                    e.get("assertedBy").asString(null),
                    e.get("assertedAt").asString(null)));
    boolean truncated = r.get("found").asInt() >= maxNodes || r.get("edgeCount").asInt() > maxEdges;
    return new SocialMap(r.get("centre").asString(), depth, nodes, edges, truncated);
  }

  private static MapNode node(Value v) {
    List<String> labels = v.get("labels").asList(Value::asString);
    String kind =
        labels.contains("Library")
            ? "library"
            : labels.contains("Partner")
                ? "partner"
                : labels.contains("Branch")
                    ? "branch"
                    : labels.contains("Community")
                        ? "community"
                        : labels.contains("Taalnetwerk") ? "taalnetwerk" : "alliance";
    return new MapNode(
        v.get("id").asString(),
        kind,
        v.get("name").asString(null),
        v.get("sector").asString(null),
        v.get("municipality").asString(null),
        v.get("municipalityCode").asString(null),
        v.get("latitude").isNull() ? null : v.get("latitude").asDouble(),
        v.get("longitude").isNull() ? null : v.get("longitude").asDouble(),
        v.get("distance").asInt(),
        v.get("demo").asBoolean());
  }
}
