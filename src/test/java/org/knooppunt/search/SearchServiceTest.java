package org.knooppunt.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

class SearchServiceTest {

  private SearchService service;

  @BeforeEach
  void setUp() {
    TestGraph.wipe();
    service = new SearchService();
    service.graph = TestGraph.graph();
    service.repository = new SearchRepository();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (m:Municipality {id: 'GM0344'})
                    CREATE (o:Organisation:Partner {id: 'p1', name: 'Stichting Taalvrienden',
                            description: 'Taalcafés voor nieuwkomers'})-[:LOCATED_IN]->(m)
                    """)
                .consume());
  }

  @Test
  void findsOrganisationsMunicipalitiesAndTopicsByPrefix() {
    List<SearchHit> hits = service.search("taalvr", Messages.DUTCH, 10);
    assertEquals("Stichting Taalvrienden", hits.getFirst().name());
    assertEquals("Utrecht", hits.getFirst().context());
    assertEquals("/organisation/view.xhtml?id=p1", hits.getFirst().url());
    assertTrue(
        service.search("amster", Messages.DUTCH, 10).stream()
            .anyMatch(h -> h.id().equals("GM0363")));
    assertTrue(
        service.search("digitale", Messages.DUTCH, 10).stream()
            .anyMatch(h -> h.type().equals("topic")));
    assertTrue(
        service.search("literacy", Messages.ENGLISH, 10).stream()
            .anyMatch(h -> h.type().equals("targetGroup") || h.type().equals("topic")),
        "English names are searchable too");
  }

  @Test
  void findsCommunitiesByNameAndPurposeWithWhereTheyMeet() {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (m:Municipality {id: 'GM0344'})
                    CREATE (:Community {id: 'c1', name: 'Samen digitaal',
                            description: 'Senioren helpen elkaar met tablets'})
                           -[:MEETS_AT]->(:Branch {id: 'b1', name: 'Oost'})-[:LOCATED_IN]->(m)
                    """)
                .consume());
    SearchHit hit = service.search("tablets", Messages.DUTCH, 10).getFirst();
    assertEquals("community", hit.type());
    assertEquals("Samen digitaal", hit.name());
    assertEquals("Utrecht", hit.context());
    assertEquals("/community/view.xhtml?id=c1", hit.url());
  }

  @Test
  void aStopWordDoesNotHideTheOrganisationThatHasIt() {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (m:Municipality {id: 'GM0344'})
                    CREATE (:Organisation:Library {id: 'l1', name: 'Bibliotheek De Vaart'})-[:LOCATED_IN]->(m)
                    CREATE (:Organisation:Partner {id: 'p2', name: 'Vaartse Jeugd (demo)'})-[:LOCATED_IN]->(m)
                    """)
                .consume());
    List<SearchHit> hits = service.search("De Vaart", Messages.DUTCH, 10);
    assertEquals("Bibliotheek De Vaart", hits.getFirst().name(), hits.toString());
    assertEquals("l1", service.search("bibliotheek vaart", Messages.DUTCH, 10).getFirst().id());
  }

  @Test
  void hostileInputIsInert() {
    for (String input :
        List.of(
            "\") OR 1=1 //",
            "*:*",
            "name:(a OR b)~",
            "<script>alert(1)</script>",
            "' MATCH (n) DETACH DELETE n //",
            "x".repeat(10_000),
            "\\",
            "")) {
      service.search(input, Messages.DUTCH, 10);
    }
    long municipalities =
        TestGraph.graph()
            .read(tx -> tx.run("MATCH (m:Municipality) RETURN count(m)").single().get(0).asLong());
    assertEquals(646, municipalities);
  }

  @Test
  void escapesEveryLuceneOperator() {
    assertEquals("+(utrecht* utrecht) +(oost* oost)", SearchService.lucene("Utrecht-Oost"));
    assertEquals("+(a* a) +(b* b)", SearchService.lucene("a:(b)"));
    assertEquals("+(vaart* vaart)", SearchService.lucene("De \"Vaart\"~"));
    assertNull(SearchService.lucene("*?~"));
    assertNull(SearchService.lucene(null));
  }
}
