package org.knooppunt.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * The province of Utrecht with two obvious groups of libraries, about 45 km apart: west (Woerden,
 * Oudewater, Montfoort) sharing partner "Welzijn West", east (Veenendaal, Rhenen, Renswoude)
 * sharing "Welzijn Oost". All six work on taalvaardigheid, so only distance keeps the groups apart.
 * A library in Amsterdam (another province) and one without partners or topics are left out.
 */
class SuggestionServiceTest {

  private static final Account POLICY =
      new Account("p", "beleid", "Beleid", Set.of(Role.POLICY), "nl", null, null, List.of("PV26"));

  private final SuggestionService service =
      new SuggestionService(
          TestGraph.graph(),
          new SuggestionRepository(),
          (locale, who, region, topic, group, libraries) -> java.util.Optional.empty());

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    UNWIND [
                      {id: 'W1', name: 'Bieb Woerden', m: 'GM0632', lat: 52.118, lon: 4.888, side: 'west'},
                      {id: 'W2', name: 'Bieb Oudewater', m: 'GM0589', lat: 52.024, lon: 4.855, side: 'west'},
                      {id: 'W3', name: 'Bieb Montfoort', m: 'GM0335', lat: 52.046, lon: 4.951, side: 'west'},
                      {id: 'E1', name: 'Bieb Veenendaal', m: 'GM0345', lat: 52.025, lon: 5.552, side: 'oost'},
                      {id: 'E2', name: 'Bieb Rhenen', m: 'GM0340', lat: 51.980, lon: 5.557, side: 'oost'},
                      {id: 'E3', name: 'Bieb Renswoude', m: 'GM0339', lat: 52.072, lon: 5.530, side: 'oost'},
                      {id: 'A1', name: 'Bieb Amsterdam', m: 'GM0363', lat: 52.37, lon: 4.89, side: 'west'}
                    ] AS row
                    MATCH (m:Municipality {id: row.m})
                    MATCH (t:Topic {id: 'taalvaardigheid'})
                    MERGE (p:Organisation:Partner {id: 'P-' + row.side, name: 'Welzijn ' + row.side, status: 'active'})
                    CREATE (l:Organisation:Library {id: row.id, name: row.name, status: 'active',
                            location: point({latitude: row.lat, longitude: row.lon})})
                    CREATE (l)-[:LOCATED_IN]->(m)
                    CREATE (l)-[:WORKS_ON]->(t)
                    CREATE (l)-[:COLLABORATES_WITH {status: 'confirmed'}]->(p)
                    """)
                .consume());
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (m:Municipality {id: 'GM0344'})
                    CREATE (l:Organisation:Library {id: 'U1', name: 'Bieb Utrecht', status: 'active',
                            location: point({latitude: 52.09, longitude: 5.12})})-[:LOCATED_IN]->(m)
                    CREATE (l)-[:COLLABORATES_WITH {status: 'proposed'}]->(:Organisation:Partner {id: 'P-voorstel', name: 'Voorstel'})
                    WITH l
                    MATCH (w:Library {id: 'W1'}), (p:Partner {id: 'P-voorstel'})
                    CREATE (w)-[:COLLABORATES_WITH {status: 'proposed'}]->(p)
                    """)
                .consume());
  }

  private static List<String> ids(List<Suggestion.Named> named) {
    return named.stream().map(Suggestion.Named::id).sorted().toList();
  }

  @Test
  void theTwoGroupsOfNeighboursAreSuggestedWithTheirReasons() {
    List<Suggestion> suggestions = service.suggest(Messages.DUTCH, POLICY, "PV26", null, null);
    assertEquals(2, suggestions.size(), suggestions.toString());
    Set<List<String>> groups =
        Set.of(ids(suggestions.get(0).libraries()), ids(suggestions.get(1).libraries()));
    assertEquals(Set.of(List.of("W1", "W2", "W3"), List.of("E1", "E2", "E3")), groups);
    Suggestion west =
        suggestions.stream()
            .filter(s -> ids(s.libraries()).contains("W1"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("P-west"), ids(west.keyPartners()), "a proposed collaboration is no tie");
    assertEquals(3, west.keyPartners().get(0).shared());
    assertEquals(
        List.of("taalvaardigheid"), west.sharedTopics().stream().map(Alliance.Topic::id).toList());
    assertTrue(
        west.maxKm() > 9 && west.maxKm() < 12, "Woerden–Oudewater ≈ 10.7 km: " + west.maxKm());
    assertTrue(west.meanKm() > 5 && west.meanKm() <= west.maxKm());
    assertEquals(List.of("GM0335", "GM0589", "GM0632"), west.municipalityIds());
    assertEquals(1, suggestions.get(0).rank());
    assertTrue(suggestions.get(0).cohesion() >= suggestions.get(1).cohesion());
    assertTrue(west.prefillQuery().contains("partners=P-west"), west.prefillQuery());
  }

  @Test
  void aGainFromTheCoverageAnalysisDecidesTheOrder() {
    AllianceGaps east =
        (locale, who, region, topic, group, libraries) ->
            Optional.of(
                new AllianceGaps.Gain(
                    1000,
                    100,
                    libraries.contains("E1") ? 700 : 200,
                    10,
                    1,
                    libraries.contains("E1") ? 5 : 2,
                    List.of(),
                    List.of()));
    List<Suggestion> suggestions =
        new SuggestionService(TestGraph.graph(), new SuggestionRepository(), east)
            .suggest(Messages.DUTCH, POLICY, "PV26", "taalvaardigheid", "laaggeletterden");
    assertEquals(List.of("E1", "E2", "E3"), ids(suggestions.get(0).libraries()));
    assertEquals(600, suggestions.get(0).gain().peopleNewlyCovered());
  }

  @Test
  void unknownRegionTopicOrGroupIsAClearRefusal() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () -> service.suggest(Messages.ENGLISH, POLICY, "PV99", "nope", "onbekend"));
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertEquals(
        Set.of("region", "topic", "targetGroup"),
        Set.copyOf(e.fieldErrors().stream().map(f -> f.field()).toList()));
    assertThrows(
        DomainException.class, () -> service.suggest(Messages.DUTCH, POLICY, " ", null, null));
    assertThrows(
        DomainException.class, () -> service.suggest(Messages.DUTCH, null, "PV26", null, null));
  }
}
