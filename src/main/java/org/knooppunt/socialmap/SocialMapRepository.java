package org.knooppunt.socialmap;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The social map in one statement. A head finds the centre(s) and the candidate nodes: within
 * {@code depth} hops over the network relations (collaborations, branches, memberships, hosting,
 * meeting places, Taalhuis), within a radius of the centre, or located in a set of municipalities.
 * A common tail applies the filters, keeps the nearest {@code maxNodes}, folds the rest into
 * super-nodes per municipality, and collects the relations among the kept nodes (capped at {@code
 * maxEdges}) and those from kept nodes into the super-nodes. People are never on a map.
 *
 * <p>The depth cannot be a Cypher parameter, so there is one statement per depth (1–3), built from
 * one template.
 */
@ApplicationScoped
public class SocialMapRepository {

  static final int MAX_DEPTH = 3;

  /** Candidates beyond this many are not even grouped: the map says it is cut off. */
  static final int HARD_CAP = 20_000;

  private static final String KIND =
      """
      CASE WHEN {{X}}:Library THEN 'library' WHEN {{X}}:Partner THEN 'partner'
           WHEN {{X}}:Branch THEN 'branch' WHEN {{X}}:Community THEN 'community'
           WHEN {{X}}:Taalnetwerk THEN 'taalnetwerk' WHEN {{X}}:Alliance THEN 'alliance'
           ELSE 'municipality' END\
      """;

  private static final String CENTRE =
      """
      CALL () {
        MATCH (c:Organisation {id: $centre}) RETURN c
        UNION MATCH (c:Branch {id: $centre}) RETURN c
        UNION MATCH (c:Community {id: $centre}) RETURN c
        UNION MATCH (c:Taalnetwerk {id: $centre}) RETURN c
        UNION MATCH (c:Alliance {id: $centre}) RETURN c
        UNION MATCH (c:Municipality {id: $centre}) RETURN c
      }
      WITH c LIMIT 1
      """;

  /** The relationship types a map follows; which of them count is {@code $types}. */
  private static final String TYPES =
      "COLLABORATES_WITH|HAS_BRANCH|MEMBER_OF|HOSTS|MEETS_AT|HAS_TAALHUIS";

  /** Whether a node may be on a map and be passed through: never a person, kinds as chosen. */
  private static final String OK =
      """
      ({{X}}:Organisation OR {{X}}:Branch OR ({{X}}:Community AND $withCommunity)
       OR ({{X}}:Taalnetwerk AND $withTaalnetwerk) OR ({{X}}:Alliance AND $withAlliance))\
      """;

  /**
   * Breadth first, one level per subquery: each level is the distinct neighbours of the previous
   * one, so the work and memory grow with the nodes reached, not with the paths through hubs (a
   * variable-length pattern with {@code min(length(p))} enumerates every path: hundreds of MiB for
   * a branch of a library with 700 partners at depth 2).
   */
  private static final String LEVEL =
      """
      CALL (c, l{{P}}) {
        UNWIND l{{P}} AS a
        MATCH (a)-[r:{{TYPES}}]-(n)
        WHERE type(r) IN $types AND n <> c AND {{OK_N}}
        RETURN collect(DISTINCT n) AS l{{L}}
      }
      """;

  private static String hops(int depth) {
    StringBuilder q = new StringBuilder(CENTRE);
    q.append(
        """
        CALL (c) {
          CALL (c) {
            MATCH (c)-[r:{{TYPES}}]-(n)
            WHERE type(r) IN $types AND n <> c AND {{OK_N}}
            RETURN collect(DISTINCT n) AS l1
          }
        """);
    for (int level = 2; level <= depth; level++) {
      q.append(
          LEVEL
              .replace("{{P}}", Integer.toString(level - 1))
              .replace("{{L}}", Integer.toString(level)));
    }
    StringBuilder levels = new StringBuilder("[x IN l1 | {node: x, d: 1}]");
    for (int level = 2; level <= depth; level++) {
      levels
          .append(" + [x IN l")
          .append(level)
          .append(" | {node: x, d: ")
          .append(level)
          .append("}]");
    }
    q.append("  UNWIND ")
        .append(levels)
        .append(
            """
             AS e
              WITH e.node AS n, min(e.d) AS distance
              RETURN collect({node: n, distance: distance}) AS found
            }
            WITH [c] AS centres, found, true AS located
            """);
    return q.toString().replace("{{TYPES}}", TYPES).replace("{{OK_N}}", OK.replace("{{X}}", "n"));
  }

  private static final String RADIUS =
      CENTRE
          + """
          CALL (c) {
            CALL (c) {
              MATCH (n:Organisation)
              WHERE point.distance(n.location, c.location) <= $radius AND n <> c
              RETURN n
              UNION
              MATCH (n:Branch)
              WHERE point.distance(n.location, c.location) <= $radius AND n <> c
              RETURN n
            }
            RETURN collect({node: n, distance: 1}) AS found
          }
          WITH [c] AS centres, found, c.location IS NOT NULL AS located
          """;

  private static final String MUNICIPALITIES =
      """
      MATCH (m:Municipality) WHERE m.id IN $municipalities
      WITH collect(m) AS ms
      WHERE size(ms) > 0
      CALL (ms) {
        CALL (ms) {
          UNWIND ms AS m MATCH (n:Organisation)-[:LOCATED_IN]->(m) RETURN n
          UNION UNWIND ms AS m MATCH (n:Branch)-[:LOCATED_IN]->(m) RETURN n
          UNION UNWIND ms AS m MATCH (n:Taalnetwerk)-[:COVERS]->(m) WHERE $withTaalnetwerk RETURN n
          UNION UNWIND ms AS m MATCH (n:Community)-[:MEETS_AT]->(:Branch)-[:LOCATED_IN]->(m)
                WHERE $withCommunity RETURN n
        }
        RETURN collect({node: n, distance: 1}) AS found
      }
      WITH ms AS centres, found, true AS located
      """;

  private static final String TAIL =
      """
      // The candidates as rows at the top level, not in a subquery that imports the list: rows
      // there carry the whole list, and sorting them booked it once per row. One null row keeps
      // the centre when nothing is found or passes the filters.
      UNWIND found + [null] AS f
      WITH centres, located, f.node AS n, f.distance AS distance
      WHERE n IS NULL OR NOT n:Organisation OR (
          coalesce(n.status, 'active') = 'active'
          AND ($sector IS NULL OR n.sector = $sector)
          AND ($domain IS NULL OR EXISTS { (n)-[:IN_DOMAIN]->(:Domain {id: $domain}) })
          AND ($topic IS NULL
               OR EXISTS { (n)-[:WORKS_ON]->(:Topic)-[:BROADER*0..4]->(:Topic {id: $topic}) })
          AND ($targetGroup IS NULL OR EXISTS { (n)-[:REACHES]->(:TargetGroup {id: $targetGroup}) })
          AND ($freshness IS NULL
               OR n.lastReviewedAt >= datetime() - duration({months: $freshness}))
          AND ($partnersOf IS NULL
               OR EXISTS { (n)-[:COLLABORATES_WITH|MEMBER_OF|HOSTS]-(x) WHERE x.id = $partnersOf }
               OR EXISTS { (n)-[:MEMBER_OF]->(:Taalnetwerk)-[:HAS_TAALHUIS]->(:Branch {id: $partnersOf}) })
          AND ($worksWith IS NULL
               OR EXISTS { (n)-[r:COLLABORATES_WITH]-(:Organisation {id: $worksWith})
                           WHERE r.status <> 'ended' }))
      WITH centres, located, n, distance,
           CASE WHEN n IS NULL THEN null
                ELSE coalesce([(n)-[:LOCATED_IN]->(m:Municipality) | m.id][0],
                              'kind:' + {{KIND_N}}) END AS key
      WHERE n IS NULL OR $group IS NULL OR key = $group
      WITH centres, located, n, distance, key ORDER BY distance, n.name
      LIMIT $hardCap
      WITH centres, located,
           collect(CASE WHEN n IS NOT NULL THEN {node: n, distance: distance, key: key} END)
             AS candidates
      WITH centres, located, candidates, size(candidates) AS total
      WITH centres, located, total,
           CASE WHEN total > $maxNodes THEN candidates[..$keep] ELSE candidates END AS kept,
           CASE WHEN total > $maxNodes THEN candidates[$keep..] ELSE [] END AS rest
      WITH centres, located, total, rest,
           [x IN centres | {node: x, distance: 0}] + kept AS entries
      WITH centres, located, total, rest, entries, [e IN entries | e.node] AS ns
      CALL (ns) {
        UNWIND ns AS a
        MATCH (a)-[r]->(b)
        WHERE type(r) IN $types AND b IN ns
          AND ($status IS NULL OR r.status IS NULL OR r.status = $status)
        WITH a, r, b ORDER BY a.name, b.name
        RETURN collect({id: r.id, source: a.id, target: b.id, type: type(r), status: r.status,
                        since: toString(r.since), roles: r.roles, assertedBy: r.assertedBy,
                        assertedAt: toString(date(r.assertedAt))}) AS allEdges
      }
      CALL (rest) {
        UNWIND rest AS e
        WITH e.key AS key, collect(e.node.id) AS members
        OPTIONAL MATCH (m:Municipality {id: key})
        WITH key, m.name AS name, members ORDER BY size(members) DESC, key
        RETURN collect({key: key, name: name, members: members}) AS groups
      }
      CALL (ns, rest) {
        WITH ns, rest WHERE size(rest) > 0
        UNWIND ns AS a
        MATCH (a)-[r]-(b)
        WHERE type(r) IN $types AND NOT b IN ns
          AND ($status IS NULL OR r.status IS NULL OR r.status = $status)
        RETURN collect(DISTINCT [a.id, b.id]) AS outward
      }
      // Per node in a subquery of its own, so that no row carries the big lists (an aggregation
      // grouped by the list of all edges booked it once per row: hundreds of MiB).
      CALL (entries) {
        UNWIND range(0, size(entries) - 1) AS i
        WITH i, entries[i].node AS n, entries[i].distance AS distance
        WITH i, n, distance,
             CASE WHEN n:Municipality THEN n
                  ELSE [(n)-[:LOCATED_IN]->(m:Municipality) | m][0] END AS m
        ORDER BY i
        RETURN collect({id: n.id, kind: {{KIND_N}}, name: n.name, sector: n.sector,
                        distance: distance, demo: coalesce(n.demo, false),
                        municipality: m.name, municipalityCode: m.id,
                        latitude: n.location.latitude, longitude: n.location.longitude}) AS nodes
      }
      RETURN centres[0].id AS centre, total, located, nodes,
             allEdges[..$maxEdges] AS edges, size(allEdges) AS edgeCount, groups, outward,
             ($topic IS NULL OR EXISTS { MATCH (:Topic {id: $topic}) }) AS topicKnown,
             ($targetGroup IS NULL OR EXISTS { MATCH (:TargetGroup {id: $targetGroup}) }) AS targetGroupKnown,
             ($domain IS NULL OR EXISTS { MATCH (:Domain {id: $domain}) }) AS domainKnown
      """
          .replace("{{KIND_N}}", KIND.replace("{{X}}", "n"));

  private static final Map<Integer, String> BY_DEPTH = new HashMap<>();
  private static final String BY_RADIUS = RADIUS + TAIL;
  private static final String BY_MUNICIPALITIES = MUNICIPALITIES + TAIL;

  static {
    for (int depth = 1; depth <= MAX_DEPTH; depth++) {
      BY_DEPTH.put(depth, hops(depth) + TAIL);
    }
  }

  /**
   * A map with what its filters referred to (an unknown topic, target group or domain is reported)
   * and whether the centre has a location (a radius needs one).
   */
  public record Result(
      SocialMap map,
      boolean topicKnown,
      boolean targetGroupKnown,
      boolean domainKnown,
      boolean located) {}

  /** The statement for a scope (the benchmark profiles it too). */
  public static String statement(MapScope scope) {
    String query;
    if (scope.byRadius()) {
      query = BY_RADIUS;
    } else if (scope.byMunicipalities()) {
      query = BY_MUNICIPALITIES;
    } else {
      query = BY_DEPTH.get(scope.depth());
    }
    if (query == null) {
      throw new IllegalArgumentException("depth " + scope.depth());
    }
    return query;
  }

  /** How many super-nodes a map may hold: none when one group is being expanded. */
  static int groupBudget(MapScope scope, int maxNodes) {
    return scope.group() == null ? Math.min(40, maxNodes / 5) : 0;
  }

  /** The parameters of {@link #statement} (the benchmark profiles with them too). */
  public static Map<String, Object> parameters(
      MapScope scope, MapFilter filter, int maxNodes, int maxEdges) {
    Map<String, Object> params = filter.parameters();
    params.put("centre", scope.centre());
    params.put("radius", scope.radiusKm() == null ? 0 : scope.radiusKm() * 1000.0);
    params.put("municipalities", scope.municipalities());
    params.put("group", scope.group());
    params.put("maxNodes", maxNodes);
    params.put("keep", Math.max(1, maxNodes - groupBudget(scope, maxNodes)));
    params.put("maxEdges", maxEdges);
    params.put("hardCap", HARD_CAP);
    return params;
  }

  /** The map, or empty when there is no such centre. */
  public Optional<Result> neighbourhood(
      TransactionContext tx, MapScope scope, MapFilter filter, int maxNodes, int maxEdges) {
    String query = statement(scope);
    int groupBudget = groupBudget(scope, maxNodes);
    Map<String, Object> params = parameters(scope, filter, maxNodes, maxEdges);
    var rows = tx.run(query, params).list();
    return rows.stream()
        .findFirst()
        .map(r ->
            new Result(
                map(r, scope, maxNodes, maxEdges, groupBudget),
                r.get("topicKnown").asBoolean(),
                r.get("targetGroupKnown").asBoolean(),
                r.get("domainKnown").asBoolean(),
                r.get("located").asBoolean()));
  }

  static final String CENTRES =
      """
      CALL () {
        MATCH (n:Branch) WHERE toLower(n.name) CONTAINS $q RETURN n, 'branch' AS kind
        UNION MATCH (n:Community) WHERE toLower(n.name) CONTAINS $q RETURN n, 'community' AS kind
        UNION MATCH (n:Taalnetwerk) WHERE toLower(n.name) CONTAINS $q RETURN n, 'taalnetwerk' AS kind
        UNION MATCH (n:Alliance) WHERE toLower(n.name) CONTAINS $q RETURN n, 'alliance' AS kind
      }
      RETURN n.id AS id, n.name AS name, kind ORDER BY name LIMIT $limit
      """;

  /** Branches, communities, taalnetwerken and alliances whose name contains {@code q}. */
  public List<String[]> centres(TransactionContext tx, String q, int limit) {
    return tx.run(CENTRES, Map.of("q", q.toLowerCase(java.util.Locale.ROOT), "limit", limit))
        .list(r ->
            new String[] {
              r.get("id").asString(), r.get("name").asString(), r.get("kind").asString()
            });
  }

  private static SocialMap map(
      Record r, MapScope scope, int maxNodes, int maxEdges, int groupBudget) {
    List<MapNode> nodes = new ArrayList<>(r.get("nodes").asList(SocialMapRepository::node));
    List<MapEdge> edges = new ArrayList<>(r.get("edges").asList(SocialMapRepository::edge));
    int total = r.get("total").asInt();
    int grouped = 0;
    List<Value> groups = r.get("groups").asList(v -> v);
    if (!groups.isEmpty()) {
      // Super-nodes: the largest groups each get one; the smallest share one "other" node, so
      // that the map never holds more than its limit.
      Map<String, String> groupOf = new HashMap<>();
      Map<String, MapNode> superNodes = new LinkedHashMap<>();
      int slots = Math.max(1, groupBudget);
      for (int i = 0; i < groups.size(); i++) {
        Value g = groups.get(i);
        boolean own = i < slots - 1 || groups.size() <= slots;
        String key = own ? g.get("key").asString() : "other";
        String id = "group:" + key;
        List<String> members = g.get("members").asList(Value::asString);
        members.forEach(m -> groupOf.put(m, id));
        grouped += members.size();
        MapNode previous = superNodes.get(id);
        int size = members.size() + (previous == null ? 0 : previous.size());
        String name = own ? g.get("name").asString(key) : null;
        String code = own && !key.startsWith("kind:") ? key : null;
        superNodes.put(
            id, new MapNode(id, "group", name, null, name, code, null, null, 1, false, size));
      }
      nodes.addAll(superNodes.values());
      Set<List<String>> groupEdges = new LinkedHashSet<>();
      for (Value pair : r.get("outward").values()) {
        String group = groupOf.get(pair.get(1).asString());
        if (group != null) {
          groupEdges.add(List.of(pair.get(0).asString(), group));
        }
      }
      for (List<String> e : groupEdges) {
        edges.add(
            new MapEdge(null, e.get(0), e.get(1), "GROUPED", null, null, List.of(), null, null));
      }
    }
    boolean truncated = total >= HARD_CAP || r.get("edgeCount").asInt() > maxEdges;
    return new SocialMap(
        r.get("centre").asString(), scope.depth(), nodes, edges, truncated, grouped, maxNodes);
  }

  private static MapEdge edge(Value e) {
    return new MapEdge(
        e.get("id").asString(null),
        e.get("source").asString(),
        e.get("target").asString(),
        e.get("type").asString(),
        e.get("status").asString(null),
        e.get("since").asString(null),
        e.get("roles").isNull() ? List.of() : e.get("roles").asList(Value::asString),
        e.get("assertedBy").asString(null),
        e.get("assertedAt").asString(null));
  }

  private static MapNode node(Value v) {
    return new MapNode(
        v.get("id").asString(),
        v.get("kind").asString(),
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
