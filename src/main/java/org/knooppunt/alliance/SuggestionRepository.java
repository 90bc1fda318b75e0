package org.knooppunt.alliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The library graph of one province for alliance suggestions, in one statement: the active
 * libraries located there with their confirmed partners, topics and the municipalities of the
 * province they are in or serve, and a weighted edge between every two of them that lie within
 * {@code $maxKm} of each other and share partners or topics (weight = (2 × shared partners + shared
 * topics + 1 for each of the chosen topic and target group both work on) × e^(−km / decayKm)).
 */
@ApplicationScoped
public class SuggestionRepository {

  /** One library of the region with what it shares. */
  public record Library(
      String id,
      String name,
      double latitude,
      double longitude,
      Map<String, String> partners,
      Map<String, Alliance.Topic> topics,
      List<String> places) {}

  /** An edge between two library ids. */
  public record Link(String a, String b, double km, double weight) {}

  /** The region's library graph. */
  public record RegionGraph(List<Library> libraries, List<Link> links) {}

  /** Whether the region, topic and target group of a request exist. */
  public record Known(boolean region, boolean topic, boolean targetGroup) {}

  static final String KNOWN =
      """
      RETURN EXISTS { MATCH (:Region {id: $region}) } AS region,
             ($topic IS NULL OR EXISTS { MATCH (:Topic {id: $topic}) }) AS topic,
             ($group IS NULL OR EXISTS { MATCH (:TargetGroup {id: $group}) }) AS targetGroup
      """;

  /** The active libraries located in the region, by name: the choices of the what-if page. */
  static final String LIBRARIES =
      """
      MATCH (:Region {id: $region})<-[:IN_REGION]-(:Municipality)<-[:LOCATED_IN]-(l:Organisation:Library)
      WHERE coalesce(l.status, 'active') = 'active'
      RETURN DISTINCT l.id AS id, l.name AS name
      ORDER BY toLower(l.name), l.id
      LIMIT $limit
      """;

  static final String REGION_GRAPH =
      """
      MATCH (:Region {id: $region})<-[:IN_REGION]-(:Municipality)<-[:LOCATED_IN]-(l:Organisation:Library)
      WHERE coalesce(l.status, 'active') = 'active' AND l.location IS NOT NULL
      WITH DISTINCT l ORDER BY l.id LIMIT $maxLibraries
      CALL (l) {
        OPTIONAL MATCH (l)-[c:COLLABORATES_WITH]-(p:Organisation:Partner)
        WHERE c.status = 'confirmed' AND coalesce(p.status, 'active') = 'active'
        RETURN collect(DISTINCT p {.id, .name}) AS partners
      }
      CALL (l) {
        OPTIONAL MATCH (l)-[:WORKS_ON]->(t:Topic)
        RETURN collect(DISTINCT t {.id, .nameNl, .nameEn}) AS topics
      }
      CALL (l) {
        OPTIONAL MATCH (l)-[:SERVES|LOCATED_IN]->(s:Municipality)-[:IN_REGION]->(:Region {id: $region})
        RETURN collect(DISTINCT s.id) AS places
      }
      WITH l, partners, topics, places,
           ($topic IS NOT NULL AND EXISTS {
              (l)-[:WORKS_ON]->(:Topic)-[:BROADER*0..4]->(:Topic {id: $topic}) }) AS onTopic,
           ($group IS NOT NULL AND EXISTS { (l)-[:REACHES]->(:TargetGroup {id: $group}) }) AS onGroup
      WITH collect({node: l, id: l.id, name: l.name, latitude: l.location.latitude,
                    longitude: l.location.longitude, location: l.location, partners: partners,
                    topics: topics, topicIds: [t IN topics | t.id], places: places,
                    focus: CASE WHEN onTopic THEN 1 ELSE 0 END + CASE WHEN onGroup THEN 2 ELSE 0 END
                   }) AS libs
      RETURN [x IN libs | x {.id, .name, .latitude, .longitude, .partners, .topics, .places}]
               AS libraries,
             COLLECT {
               UNWIND libs AS a
               UNWIND libs AS b
               WITH a, b WHERE a.id < b.id
               WITH a, b, point.distance(a.location, b.location) / 1000.0 AS km
               WHERE km <= $maxKm
               WITH a, b, km, a.node AS x, b.node AS y
               WITH a, b, km,
                    COUNT { MATCH (x)-[c1:COLLABORATES_WITH]-(p:Organisation:Partner)-[c2:COLLABORATES_WITH]-(y)
                            WHERE c1.status = 'confirmed' AND c2.status = 'confirmed'
                              AND coalesce(p.status, 'active') = 'active'
                            RETURN DISTINCT p } AS sharedPartners,
                    size([t IN a.topicIds WHERE t IN b.topicIds]) AS sharedTopics,
                    CASE WHEN a.focus % 2 = 1 AND b.focus % 2 = 1 THEN 1 ELSE 0 END
                      + CASE WHEN a.focus >= 2 AND b.focus >= 2 THEN 1 ELSE 0 END AS focus
               WHERE sharedPartners + sharedTopics > 0
               RETURN {a: a.id, b: b.id, km: km,
                       weight: (2.0 * sharedPartners + sharedTopics + focus) * exp(-km / $decayKm)}
                        AS link
             } AS links
      """;

  public List<Suggestion.Named> libraries(TransactionContext tx, String region, int limit) {
    return tx.run(LIBRARIES, Map.of("region", region, "limit", limit))
        .list(r -> new Suggestion.Named(r.get("id").asString(), r.get("name").asString(""), 0));
  }

  public Known known(TransactionContext tx, String region, String topic, String group) {
    Map<String, Object> p = new HashMap<>();
    p.put("region", region);
    p.put("topic", topic);
    p.put("group", group);
    var r = tx.run(KNOWN, p).single();
    return new Known(
        r.get("region").asBoolean(), r.get("topic").asBoolean(), r.get("targetGroup").asBoolean());
  }

  public RegionGraph regionGraph(
      TransactionContext tx,
      String region,
      String topic,
      String group,
      double maxKm,
      double decayKm,
      int maxLibraries) {
    Map<String, Object> p = new HashMap<>();
    p.put("region", region);
    p.put("topic", topic);
    p.put("group", group);
    p.put("maxKm", maxKm);
    p.put("decayKm", decayKm);
    p.put("maxLibraries", maxLibraries);
    var r = tx.run(REGION_GRAPH, p).single();
    List<Library> libraries = r.get("libraries").asList(SuggestionRepository::library);
    List<Link> links =
        r.get("links")
            .asList(v ->
                new Link(
                    v.get("a").asString(),
                    v.get("b").asString(),
                    v.get("km").asDouble(),
                    v.get("weight").asDouble()));
    return new RegionGraph(libraries, links);
  }

  private static Library library(Value v) {
    Map<String, String> partners = new java.util.TreeMap<>();
    for (Value p : v.get("partners").values()) {
      partners.put(p.get("id").asString(), p.get("name").asString(""));
    }
    Map<String, Alliance.Topic> topics = new java.util.TreeMap<>();
    for (Value t : v.get("topics").values()) {
      topics.put(
          t.get("id").asString(),
          new Alliance.Topic(
              t.get("id").asString(),
              t.get("nameNl").asString(null),
              t.get("nameEn").asString(null)));
    }
    return new Library(
        v.get("id").asString(),
        v.get("name").asString(""),
        v.get("latitude").asDouble(),
        v.get("longitude").asDouble(),
        partners,
        topics,
        v.get("places").asList(Value::asString));
  }
}
