package org.knooppunt.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;
import org.knooppunt.socialmap.MapEdge;
import org.knooppunt.socialmap.MapFilter;
import org.knooppunt.socialmap.MapNode;
import org.knooppunt.socialmap.SocialMap;
import org.knooppunt.socialmap.SocialMapRepository;
import org.knooppunt.socialmap.SocialMapService;

/**
 * Communities on the social map: community C is hosted by library L, run with partner R, meets at
 * L's branch B, and has partner Q and the person Anna as members; partner Z works with R only.
 */
class CommunityMapTest {

  private final SocialMapService maps =
      new SocialMapService(TestGraph.graph(), new SocialMapRepository(), 500, 2000);

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (u:Municipality {id: 'GM0344'})
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb'})-[:LOCATED_IN]->(u)
                    CREATE (l)-[:HAS_BRANCH]->(b:Branch {id: 'B', name: 'Filiaal'})-[:LOCATED_IN]->(u)
                    CREATE (r:Organisation:Partner {id: 'R', name: 'Repaircafé'})
                    CREATE (q:Organisation:Partner {id: 'Q', name: 'Welzijn'})
                    CREATE (z:Organisation:Partner {id: 'Z', name: 'Zorg'})
                    CREATE (c:Community {id: 'C', name: 'Samen digitaal'})
                    CREATE (l)-[:HOSTS]->(c)
                    CREATE (r)-[:RUNS]->(c)
                    CREATE (c)-[:MEETS_AT]->(b)
                    CREATE (q)-[:MEMBER_OF {role: 'doorverwijzer'}]->(c)
                    CREATE (:Person {id: 'anna', name: 'Anna'})-[:MEMBER_OF {role: 'vrijwilliger'}]->(c)
                    CREATE (z)-[:COLLABORATES_WITH {status: 'confirmed'}]->(r)
                    """,
                    Map.of())
                .consume());
  }

  private static Set<String> ids(SocialMap map) {
    return map.nodes().stream().map(MapNode::id).collect(Collectors.toSet());
  }

  private static Set<String> edges(SocialMap map) {
    return map.edges().stream()
        .map(e -> e.source() + "-" + e.type() + "->" + e.target())
        .collect(Collectors.toSet());
  }

  @Test
  void aCommunityIsACentreWithItsHostRunnersPlaceAndOrganisationMembersButNoPeople() {
    SocialMap map = maps.map("C", 1, Messages.DUTCH);
    assertEquals("C", map.nodes().getFirst().id());
    assertEquals("community", map.nodes().getFirst().kind());
    assertEquals(Set.of("C", "L", "R", "B", "Q"), ids(map), "Anna is a person: never on a map");
    assertEquals(
        Set.of("L-HOSTS->C", "R-RUNS->C", "C-MEETS_AT->B", "Q-MEMBER_OF->C", "L-HAS_BRANCH->B"),
        edges(map));
    assertTrue(ids(maps.map("C", 2, Messages.DUTCH)).contains("Z"), "the runner's partner, 2 hops");
  }

  @Test
  void theCommunityRelationTypeFollowsHostingRunningMeetingAndMembership() {
    MapFilter community =
        new MapFilter(null, null, null, null, null, Set.of("community"), null, null, null);
    assertEquals(Set.of("R", "C", "L", "B", "Q"), ids(maps.map("R", 2, community, Messages.DUTCH)));
    MapFilter collaboration =
        new MapFilter(null, null, null, null, null, Set.of("collaboration"), null, null, null);
    assertEquals(Set.of("R", "Z"), ids(maps.map("R", 2, collaboration, Messages.DUTCH)));
    MapFilter partnersOfC = new MapFilter(null, null, null, null, null, Set.of(), null, "C", null);
    assertEquals(
        Set.of("C", "L", "R", "Q", "B"),
        ids(maps.map("C", 2, partnersOfC, Messages.DUTCH)),
        "its partners: host, runner and member organisations (branches stay)");
    MapEdge runs =
        maps.map("C", 1, Messages.DUTCH).edges().stream()
            .filter(e -> e.type().equals("RUNS"))
            .findFirst()
            .orElseThrow();
    assertEquals("R", runs.source());
  }
}
