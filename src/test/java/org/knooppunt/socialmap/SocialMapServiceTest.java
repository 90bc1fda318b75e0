package org.knooppunt.socialmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * The neighbourhood on a hand-made fixture: library L with branch B; L works with P1 (confirmed)
 * and P2 (proposed); P1 works with P3; P3 works with P4; community K meets at B; a person works for
 * P1 and is never on the map.
 */
class SocialMapServiceTest {

  private SocialMapService service(int maxNodes, int maxEdges) {
    return new SocialMapService(TestGraph.graph(), new SocialMapRepository(), maxNodes, maxEdges);
  }

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (u:Municipality {id: 'GM0344'})
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb'})-[:LOCATED_IN]->(u)
                    CREATE (b:Branch {id: 'B', name: 'Filiaal'})-[:LOCATED_IN]->(u)
                    CREATE (p1:Organisation:Partner {id: 'P1', name: 'Een', sector: 'welzijn'})
                    CREATE (p2:Organisation:Partner {id: 'P2', name: 'Twee'})
                    CREATE (p3:Organisation:Partner {id: 'P3', name: 'Drie'})
                    CREATE (p4:Organisation:Partner {id: 'P4', name: 'Vier'})
                    CREATE (k:Community {id: 'K', name: 'Leesclub'})
                    CREATE (x:Person {id: 'X', name: 'Iemand'})
                    CREATE (l)-[:HAS_BRANCH]->(b)
                    CREATE (l)-[:COLLABORATES_WITH {status: 'confirmed', since: date('2020-01-01')}]->(p1)
                    CREATE (p2)-[:COLLABORATES_WITH {status: 'proposed'}]->(l)
                    CREATE (p1)-[:COLLABORATES_WITH {status: 'confirmed'}]->(p3)
                    CREATE (p3)-[:COLLABORATES_WITH {status: 'confirmed'}]->(p4)
                    CREATE (k)-[:MEETS_AT]->(b)
                    CREATE (x)-[:WORKS_FOR]->(p1)
                    WITH p1, p3
                    MATCH (t:Topic {id: 'taalvaardigheid'}), (n:Topic {id: 'nederlands-oefenen'})
                    CREATE (p1)-[:WORKS_ON]->(t)
                    CREATE (p3)-[:WORKS_ON]->(n)
                    """,
                    Map.of())
                .consume());
  }

  private static Set<String> ids(SocialMap map) {
    return map.nodes().stream().map(MapNode::id).collect(Collectors.toSet());
  }

  @Test
  void depthCountsRelationHopsFromTheCentreAndLeavesPeopleOut() {
    SocialMap one = service(500, 2000).map("L", 1, Messages.DUTCH);
    assertEquals(Set.of("L", "B", "P1", "P2"), ids(one));
    assertEquals("L", one.nodes().getFirst().id(), "the centre comes first");
    assertEquals(0, one.nodes().getFirst().distance());
    assertEquals("Utrecht", one.nodes().getFirst().municipality());
    assertEquals(
        Set.of("L", "B", "P1", "P2", "P3", "K"),
        ids(service(500, 2000).map("L", 2, Messages.DUTCH)));
    SocialMap three = service(500, 2000).map("L", 3, Messages.DUTCH);
    assertEquals(Set.of("L", "B", "P1", "P2", "P3", "K", "P4"), ids(three));
    assertFalse(three.truncated());
    assertEquals(6, three.edges().size(), "every relation among the nodes, none to people");
    var proposed =
        three.edges().stream().filter(e -> e.source().equals("P2")).findFirst().orElseThrow();
    assertEquals("proposed", proposed.status());
    assertEquals("COLLABORATES_WITH", proposed.type());
  }

  @Test
  void filtersNarrowTheOrganisationsAndTheRelations() {
    var svc = service(500, 2000);
    SocialMap language =
        svc.map("L", 3, new MapFilter("taalvaardigheid", null, null, null), Messages.DUTCH);
    assertEquals(
        Set.of("L", "B", "K", "P1", "P3"),
        ids(language),
        "P3 works on a narrower topic; P2 and P4 do not match; the centre and non-organisations stay");
    SocialMap welfare = svc.map("L", 1, new MapFilter(null, null, "welzijn", null), Messages.DUTCH);
    assertEquals(Set.of("L", "B", "P1"), ids(welfare));
    SocialMap proposed =
        svc.map("L", 1, new MapFilter(null, null, null, "proposed"), Messages.DUTCH);
    assertTrue(
        proposed.edges().stream()
            .allMatch(e -> e.status() == null || e.status().equals("proposed")),
        proposed.edges().toString());
    assertTrue(proposed.edges().stream().anyMatch(e -> "proposed".equals(e.status())));
  }

  @Test
  void filtersOnThingsThatDoNotExistAreExplained() {
    var svc = service(500, 2000);
    for (MapFilter bad :
        List.of(
            new MapFilter("bestaat-niet", null, null, null),
            new MapFilter(null, "bestaat-niet", null, null),
            new MapFilter(null, null, "'; DROP", null),
            new MapFilter(null, null, null, "maybe"),
            new MapFilter("x".repeat(10_000), null, null, null))) {
      var e = assertThrows(DomainException.class, () -> svc.map("L", 1, bad, Messages.DUTCH));
      assertEquals(DomainException.Kind.INVALID, e.kind(), bad.toString());
      assertFalse(e.fieldErrors().isEmpty());
    }
  }

  @Test
  void boundsCutTheMapAndSaySo() {
    SocialMap capped = service(2, 1).map("L", 3, Messages.DUTCH);
    var real = capped.nodes().stream().filter(n -> !n.group()).toList();
    assertEquals(3, real.size(), "the centre and the two nearest");
    assertTrue(real.stream().skip(1).allMatch(n -> n.distance() == 1));
    var groups = capped.nodes().stream().filter(MapNode::group).toList();
    assertEquals(1, groups.size(), "the rest in one super-node");
    assertEquals(4, groups.getFirst().size());
    assertEquals(4, capped.grouped());
    assertTrue(
        capped.edges().stream().filter(e -> !e.type().equals("GROUPED")).count() <= 1,
        "the edge limit holds");
    assertTrue(capped.truncated(), "relations were cut off");
  }

  @Test
  void pastTheLimitNodesAreGroupedPerMunicipalityAndAGroupExpands() {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (l:Organisation {id: 'L'})
                    MATCH (utrecht:Municipality {id: 'GM0344'}), (amsterdam:Municipality {id: 'GM0363'})
                    UNWIND range(1, 12) AS i
                    WITH l, utrecht, amsterdam, i,
                         CASE WHEN i >= 6 AND i <= 10 THEN utrecht ELSE amsterdam END AS m
                    CREATE (z:Organisation:Partner {id: 'Z' + i,
                           name: 'Z' + CASE WHEN i < 10 THEN '0' ELSE '' END + i})-[:LOCATED_IN]->(m)
                    CREATE (l)-[:COLLABORATES_WITH {status: 'confirmed'}]->(z)
                    """,
                    Map.of())
                .consume());
    SocialMap map = service(10, 2000).map("L", 1, Messages.DUTCH);
    assertEquals(
        Set.of("L", "P1", "B", "P2", "Z1", "Z2", "Z3", "Z4", "Z5", "group:GM0344", "group:GM0363"),
        ids(map),
        "the 8 nearest (by distance, then name) and one super-node per municipality");
    assertEquals(7, map.grouped());
    MapNode utrecht =
        map.nodes().stream().filter(n -> n.id().equals("group:GM0344")).findFirst().orElseThrow();
    assertEquals(5, utrecht.size());
    assertEquals("Utrecht", utrecht.name());
    assertTrue(
        map.edges().stream()
            .anyMatch(e ->
                e.type().equals("GROUPED")
                    && e.source().equals("L")
                    && e.target().equals("group:GM0363")));
    assertFalse(map.truncated());

    SocialMap expanded =
        service(10, 2000)
            .map(new MapScope("L", 1, null, List.of(), "GM0344"), MapFilter.NONE, Messages.DUTCH);
    assertEquals(Set.of("L", "B", "Z6", "Z7", "Z8", "Z9", "Z10"), ids(expanded));
  }

  private Set<String> ids(String centre, int depth, MapFilter filter) {
    return ids(service(500, 2000).map(centre, depth, filter, Messages.DUTCH));
  }

  private static MapFilter only(Set<String> relationTypes) {
    return new MapFilter(null, null, null, null, null, relationTypes, null, null, null);
  }

  @Test
  void relationTypesChooseWhichRelationsAreFollowed() {
    assertEquals(Set.of("L", "B", "P1", "P2", "P3"), ids("L", 2, only(Set.of("collaboration"))));
    assertEquals(Set.of("L", "B", "K"), ids("L", 2, only(Set.of("community"))));
  }

  @Test
  void domainFreshnessAndNetworkAwareFiltersNarrowTheOrganisations() {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (p1:Organisation {id: 'P1'}), (p3:Organisation {id: 'P3'})
                    MATCH (d:Domain {id: 'nederlands-leren'})
                    SET p1.lastReviewedAt = datetime() - duration('P1M'),
                        p3.lastReviewedAt = datetime() - duration('P30M')
                    CREATE (p3)-[:IN_DOMAIN]->(d)
                    """,
                    Map.of())
                .consume());
    assertEquals(
        Set.of("L", "B", "K", "P3"),
        ids(
            "L",
            2,
            new MapFilter(null, null, null, null, "nederlands-leren", Set.of(), null, null, null)));
    assertEquals(
        Set.of("L", "B", "P1"),
        ids("L", 1, new MapFilter(null, null, null, null, null, Set.of(), 6, null, null)),
        "reviewed in the last 6 months");
    assertEquals(
        Set.of("L", "B", "K", "P1", "P4"),
        ids("L", 3, new MapFilter(null, null, null, null, null, Set.of(), null, "P3", null)),
        "only partners of P3");
    assertEquals(
        Set.of("L", "B", "K", "P3"),
        ids("L", 3, new MapFilter(null, null, null, null, null, Set.of(), null, null, "P1")),
        "only organisations that work with P1");
  }

  @Test
  void aMunicipalityOrARadiusCanBeTheArea() {
    SocialMap utrecht = service(500, 2000).map("GM0344", 1, Messages.DUTCH);
    assertEquals(Set.of("GM0344", "L", "B", "K"), ids(utrecht));
    assertEquals("municipality", utrecht.nodes().getFirst().kind());
    assertEquals(
        Set.of("GM0344", "GM0363", "L", "B", "K"),
        ids(
            service(500, 2000)
                .map(
                    new MapScope(null, 1, null, List.of("GM0344", "GM0363"), null),
                    MapFilter.NONE,
                    Messages.DUTCH)));

    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (l:Organisation {id: 'L'}), (p1:Organisation {id: 'P1'}),
                          (p4:Organisation {id: 'P4'})
                    SET l.location = point({latitude: 52.0907, longitude: 5.1214}),
                        p1.location = point({latitude: 52.1000, longitude: 5.1300}),
                        p4.location = point({latitude: 52.3700, longitude: 4.9000})
                    """,
                    Map.of())
                .consume());
    assertEquals(
        Set.of("L", "P1"),
        ids(
            service(500, 2000)
                .map(new MapScope("L", 1, 10, List.of(), null), MapFilter.NONE, Messages.DUTCH)));
    assertEquals(
        Set.of("L", "P1", "P4"),
        ids(
            service(500, 2000)
                .map(new MapScope("L", 1, 50, List.of(), null), MapFilter.NONE, Messages.DUTCH)));
    var noLocation =
        assertThrows(
            DomainException.class,
            () ->
                service(500, 2000)
                    .map(
                        new MapScope("K", 1, 10, List.of(), null), MapFilter.NONE, Messages.DUTCH));
    assertEquals("radiusKm", noLocation.fieldErrors().getFirst().field());
    for (MapScope bad :
        List.of(
            new MapScope("L", 1, 0, List.of(), null),
            new MapScope("L", 1, 1000, List.of(), null),
            new MapScope(null, 1, null, List.of("GM0344", "' OR 1=1"), null),
            new MapScope("L", 1, null, List.of(), "x'; MATCH (n) DETACH DELETE n"))) {
      assertEquals(
          DomainException.Kind.INVALID,
          assertThrows(
                  DomainException.class,
                  () -> service(500, 2000).map(bad, MapFilter.NONE, Messages.DUTCH))
              .kind(),
          bad.toString());
    }
  }

  @Test
  void anyKindOfNodeCanBeTheCentre() {
    assertEquals(Set.of("K", "B", "L"), ids(service(500, 2000).map("K", 2, Messages.DUTCH)));
  }

  @Test
  void badRequestsAreExplainedAndChangeNothing() {
    var depth =
        assertThrows(DomainException.class, () -> service(500, 2000).map("L", 99, Messages.DUTCH));
    assertEquals(DomainException.Kind.INVALID, depth.kind());
    assertEquals(
        "de diepte moet 1 tot en met 3 stappen zijn", depth.fieldErrors().getFirst().message());
    for (String centre : List.of("bestaat-niet", "X", "GM9999", "'}) DETACH DELETE n //", "")) {
      var e =
          assertThrows(
              DomainException.class, () -> service(500, 2000).map(centre, 1, Messages.ENGLISH));
      assertEquals(DomainException.Kind.NOT_FOUND, e.kind(), centre);
    }
    long nodes =
        TestGraph.graph().read(tx -> tx.run("MATCH (n) RETURN count(n)").single().get(0).asLong());
    assertEquals(
        646 + 8,
        nodes
            - TestGraph.graph()
                .read(tx ->
                    tx.run(
                            "MATCH (n) WHERE n:Region OR n:Topic OR n:TargetGroup OR n:Domain OR n:__KnooppuntMigration RETURN count(n)")
                        .single()
                        .get(0)
                        .asLong()));
  }

  @Test
  void aComputedMapIsReusedUntilTheApplicationWrites() {
    SocialMapService svc = service(500, 2000);
    SocialMap first = svc.map("L", 1, Messages.DUTCH);
    assertTrue(first == svc.map("L", 1, Messages.DUTCH), "the same map, not computed again");
    String json = svc.json(MapScope.hops("L", 1), MapFilter.NONE, Messages.DUTCH);
    assertTrue(json.contains("\"centre\":\"L\""), json);
    assertTrue(
        json == svc.json(MapScope.hops("L", 1), MapFilter.NONE, Messages.DUTCH),
        "its JSON made once");
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (l:Organisation {id: 'L'})
                    CREATE (l)-[:COLLABORATES_WITH {status: 'proposed'}]->(:Organisation:Partner {id: 'NEW', name: 'Nieuw'})
                    """,
                    Map.of())
                .consume());
    SocialMap after = svc.map("L", 1, Messages.DUTCH);
    assertTrue(ids(after).contains("NEW"), "a write through the application is seen at once");
    SocialMapService uncached =
        new SocialMapService(TestGraph.graph(), new SocialMapRepository(), 500, 2000, 0, 0);
    assertFalse(
        uncached.map("L", 1, Messages.DUTCH) == uncached.map("L", 1, Messages.DUTCH),
        "cacheSeconds=0 computes every time");
  }

  @Test
  void aCentreWhoseNeighboursAllFailTheFiltersIsAMapOfOne() {
    SocialMap alone =
        service(500, 2000)
            .map("P4", 1, new MapFilter(null, null, "onderwijs", null), Messages.DUTCH);
    assertEquals(Set.of("P4"), ids(alone));
    assertEquals(
        Set.of("K"),
        ids(service(500, 2000).map("K", 1, only(Set.of("collaboration")), Messages.DUTCH)));
  }
}
