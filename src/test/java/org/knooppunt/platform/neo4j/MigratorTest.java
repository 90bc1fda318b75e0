package org.knooppunt.platform.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

class MigratorTest {

  private final Graph graph = TestGraph.graph();

  private long count(String cypher) {
    return graph.read(tx -> tx.run(cypher).single().get(0).asLong());
  }

  @Test
  void indexListsEveryMigrationFileInOrder() throws IOException {
    Path dir = Path.of(System.getProperty("project.basedir", "."), "neo4j", "migrations");
    List<String> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".cypher"))
              .sorted()
              .toList();
    }
    List<String> index =
        Files.readAllLines(dir.resolve("INDEX")).stream().filter(l -> !l.isBlank()).toList();
    assertEquals(files, index, "neo4j/migrations/INDEX must list every migration, in order");
    assertEquals(files.size(), Migrator.available().size());
  }

  @Test
  void loadsAllMunicipalitiesOfTheNetherlandsAndFlandersWithTheirProvinces() {
    assertEquals(646, count("MATCH (m:Municipality) RETURN count(m)"));
    assertEquals(342, count("MATCH (m:Municipality {country: 'NL'}) RETURN count(m)"));
    assertEquals(304, count("MATCH (m:Municipality {country: 'BE'}) RETURN count(m)"));
    assertEquals(18, count("MATCH (r:Region {kind: 'province'}) RETURN count(r)"));
    assertEquals(
        0, count("MATCH (m:Municipality) WHERE NOT (m)-[:IN_REGION]->(:Region) RETURN count(m)"));
    assertEquals(0, count("MATCH (m:Municipality) WHERE m.location IS NULL RETURN count(m)"));
    assertEquals(
        17_942_942,
        count("MATCH (m:Municipality {country: 'NL'}) RETURN sum(m.population)"),
        "population of the Netherlands on 1 January 2024 per CBS");
    assertEquals(
        "Amsterdam",
        graph.read(tx ->
            tx.run("MATCH (m:Municipality {code: 'GM0363'}) RETURN m.name")
                .single()
                .get(0)
                .asString()));
  }

  @Test
  void loadsTheTaxonomyWithDutchAndEnglishNames() {
    assertEquals(6, count("MATCH (d:Domain) RETURN count(d)"));
    assertEquals(5, count("MATCH (t:Topic {kind: 'priority'}) RETURN count(t)"));
    assertTrue(count("MATCH (t:Topic {kind: 'theme'})-[:BROADER]->(:Topic) RETURN count(t)") >= 12);
    assertEquals(
        0,
        count(
            "MATCH (t) WHERE (t:Topic OR t:TargetGroup OR t:Domain)"
                + " AND (t.nameNl IS NULL OR t.nameEn IS NULL) RETURN count(t)"));
    assertEquals(
        1,
        count(
            "MATCH (:Topic {id: 'taalvaardigheid'})-[:BROADER]->(:Topic {kind: 'priority'})"
                + " RETURN count(*)"));
  }

  @Test
  void everyLabelOfTheModelHasAUniqueIdConstraint() {
    List<String> labels =
        graph.read(tx ->
            tx.run(
                    "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties"
                        + " WHERE type = 'UNIQUENESS' AND properties = ['id']"
                        + " RETURN labelsOrTypes[0] AS label")
                .list(r -> r.get("label").asString()));
    for (String label :
        List.of(
            "Organisation",
            "Library",
            "Partner",
            "Branch",
            "Community",
            "Taalnetwerk",
            "Person",
            "Topic",
            "TargetGroup",
            "Domain",
            "Municipality",
            "Region",
            "Alliance",
            "NetworkProject",
            "Account",
            "SavedMap")) {
      assertTrue(labels.contains(label), "unique id constraint for " + label);
    }
    List<Value> fulltext =
        graph.read(tx ->
            tx.run("SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names")
                .single()
                .get("names")
                .asList(v -> v));
    assertTrue(fulltext.toString().contains("organisationText"));
  }

  @Test
  void runningAgainChangesNothing() {
    long nodes = count("MATCH (n) RETURN count(n)");
    long rels = count("MATCH ()-[r]->() RETURN count(r)");
    assertEquals(0, new Migrator(TestGraph.driver(), "neo4j").migrate());
    assertEquals(nodes, count("MATCH (n) RETURN count(n)"));
    assertEquals(rels, count("MATCH ()-[r]->() RETURN count(r)"));
  }

  @Test
  void refusesToStartWhenAnAppliedMigrationWasEdited() {
    String original =
        graph.read(tx ->
            tx.run("MATCH (m:__KnooppuntMigration {version: '0003'}) RETURN m.checksum")
                .single()
                .get(0)
                .asString());
    graph.write(tx ->
        tx.run(
                "MATCH (m:__KnooppuntMigration {version: '0003'}) SET m.checksum = 'edited'",
                Map.of())
            .consume());
    try {
      var e =
          assertThrows(
              IllegalStateException.class,
              () -> new Migrator(TestGraph.driver(), "neo4j").migrate());
      assertTrue(e.getMessage().contains("V0003"));
    } finally {
      graph.write(tx ->
          tx.run(
                  "MATCH (m:__KnooppuntMigration {version: '0003'}) SET m.checksum = $c",
                  Map.of("c", original))
              .consume());
    }
  }
}
