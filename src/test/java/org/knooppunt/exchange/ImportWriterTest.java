package org.knooppunt.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.exchange.ImportPlan.Change;
import org.knooppunt.exchange.ImportPlan.PlannedOrganisation;
import org.knooppunt.exchange.ImportRepository.Provenance;
import org.knooppunt.platform.neo4j.TestGraph;
import org.neo4j.driver.Value;

/**
 * The writer's two ways for an organisation: new rows are CREATEd by their own statement, and a key
 * taken between planning and writing makes the batch fall back to MERGE. Both must leave the same
 * graph as the MERGE statement, and never a second organisation with one key.
 */
class ImportWriterTest {

  @TempDir Path temp;

  private static final Account ADMIN =
      new Account("a", "admin", "Admin", Set.of(Role.ADMIN), "nl", null, null, List.of());

  private static final String FILE =
      """
      id,kind,name,description,sector,kvk_kbo,email,municipality,postcode,latitude,longitude,topics,target_groups,collaborates_with
      b1,library,Bieb Noord,Leest voor,,,,GM0344,3511 AB,52.09,5.12,leesbevordering|mediawijsheid,,
      p1,partner,Welzijn Oost,,welzijn,12345678,info@oost.nl,GM0344,,,,mediawijsheid,laaggeletterden|senioren,b1
      p2,partner,Taalhuis,Taal voor iedereen,onderwijs,,,GM0344,,,,,,p1
      """;

  private final ImportRepository repository = new ImportRepository();
  private final ImportWriter writer = new ImportWriter(TestGraph.graph(), repository);

  @BeforeEach
  void wipe() {
    TestGraph.wipe();
    job("J");
  }

  private static void job(String id) {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    CREATE (:ImportJob {id: $id, batchesDone: 0, rowsDone: 0, created: 0,
                            updated: 0, cancelRequested: false})
                    """,
                    java.util.Map.of("id", id))
                .consume());
  }

  private ImportPlan plan() throws Exception {
    Path file = temp.resolve("f.csv");
    Files.writeString(file, FILE);
    ImportSet set = new CsvOrganisationReader().read("f.csv", file);
    return new ImportPlanner(TestGraph.graph(), repository).plan(ADMIN, set);
  }

  private static long count(String cypher) {
    return TestGraph.graph().read(tx -> tx.run(cypher).single().get(0).asLong());
  }

  /**
   * Every imported organisation with its labels, its properties (values, except those that differ
   * per write: ids and times) and its relationships with theirs, as one sorted text.
   */
  private static List<String> shape() {
    return TestGraph.graph()
        .read(tx ->
            tx.run(
                    """
                    MATCH (o:Organisation) WHERE o.importKey IS NOT NULL
                    RETURN o.importKey AS key, labels(o) AS labels, properties(o) AS props,
                           COLLECT { MATCH (o)-[r]->(n) WHERE NOT n:Organisation
                                     RETURN {type: type(r), to: n.id, props: properties(r)} } AS rels
                    ORDER BY key
                    """)
                .list(r -> {
                  List<String> rels =
                      r.get("rels")
                          .asList(v ->
                              v.get("type").asString()
                                  + "->"
                                  + v.get("to").asString()
                                  + " "
                                  + text(v.get("props").asMap()));
                  return r.get("key").asString()
                      + " "
                      + new java.util.TreeSet<>(r.get("labels").asList(Value::asString))
                      + " "
                      + text(r.get("props").asMap())
                      + " "
                      + new java.util.TreeSet<>(rels);
                }));
  }

  private static final Set<String> VOLATILE =
      Set.of("id", "createdAt", "updatedAt", "importedAt", "assertedAt", "lastReviewedAt");

  /** The properties sorted by name, with the values that differ per write left out. */
  private static String text(java.util.Map<String, Object> props) {
    java.util.Map<String, Object> sorted = new java.util.TreeMap<>(props);
    VOLATILE.forEach(k -> sorted.computeIfPresent(k, (key, v) -> "*"));
    return sorted.toString();
  }

  @Test
  void aNewOrganisationIsStoredAsTheMergeStatementStoresIt() throws Exception {
    ImportPlan plan = plan();
    List<java.util.Map<String, Object>> rows =
        plan.organisations().stream().map(PlannedOrganisation::row).toList();
    assertEquals(3, rows.size(), plan.problems().toString());
    assertTrue(plan.organisations().stream().allMatch(o -> o.change() == Change.CREATE));
    Provenance provenance = new Provenance("admin", "f.csv", "J");

    TestGraph.graph()
        .write(tx -> {
          repository.createOrganisations(tx, rows, provenance);
          return null;
        });
    List<String> created = shape();

    wipe();
    TestGraph.graph()
        .write(tx -> {
          repository.writeOrganisations(tx, rows, provenance);
          return null;
        });
    List<String> merged = shape();

    assertEquals(3, created.size());
    assertEquals(merged, created);
    // What the comparison covers: labels, point, topics, target groups and the municipality.
    String library = created.getFirst();
    assertTrue(library.contains("Library"), library);
    assertTrue(library.contains("location=Point{"), library);
    assertTrue(library.contains("WORKS_ON->leesbevordering"), library);
    assertTrue(library.contains("SERVES->GM0344"), library);
    assertTrue(created.get(2).contains("REACHES->laaggeletterden"), created.get(2));
  }

  @Test
  void aKeyTakenSincePlanningIsMergedIntoTheOrganisationThatTookIt() throws Exception {
    ImportPlan plan = plan();
    writer.write(plan, new Provenance("admin", "f.csv", "J"), () -> false);
    long nodes = count("MATCH (n) RETURN count(n)");
    long rels = count("MATCH ()-[r]->() RETURN count(r)");
    assertEquals(3, count("MATCH (o:Organisation) RETURN count(o)"));
    assertEquals(3, count("MATCH (j:ImportJob {id: 'J'}) RETURN j.created"));
    List<String> first = shape();

    // The same plan again: it still says CREATE for keys that are now taken.
    job("K");
    writer.write(plan, new Provenance("admin", "f.csv", "K"), () -> false);

    assertEquals(nodes + 1, count("MATCH (n) RETURN count(n)"));
    assertEquals(rels, count("MATCH ()-[r]->() RETURN count(r)"));
    assertEquals(
        3, count("MATCH (o:Organisation {importJob: 'K'}) RETURN count(DISTINCT o.importKey)"));
    assertEquals(0, count("MATCH (j:ImportJob {id: 'K'}) RETURN j.created"));
    assertEquals(3, count("MATCH (j:ImportJob {id: 'K'}) RETURN j.updated"));
    // The same organisations and relationships; only the job and the version moved on.
    assertEquals(
        first.stream().map(l -> l.replace("importJob=J", "importJob=K")).toList(),
        shape().stream().map(l -> l.replace("version=2", "version=1")).toList());
  }

  private void relate(String status) {
    TestGraph.graph()
        .write(tx -> {
          java.util.Map<String, Object> row = new java.util.HashMap<>();
          row.put("fromKey", "k:a");
          row.put("toKey", "k:b");
          row.put("toId", null);
          row.put("status", status);
          repository.writeRelations(tx, List.of(row), new Provenance("admin", "f.csv", "J"));
          return null;
        });
  }

  @Test
  void aCollaborationIsAddedOnlyWhenNoOpenOneLinksThePair() {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    CREATE (:Organisation:Partner {id: 'A', importKey: 'k:a'}),
                           (:Organisation:Partner {id: 'B', importKey: 'k:b'})
                    """)
                .consume());
    relate("proposed");
    relate("confirmed");
    assertEquals(
        1, count("MATCH (:Organisation {id: 'A'})-[r:COLLABORATES_WITH]-() RETURN count(r)"));
    // An ended collaboration is history: the next import adds an open one beside it.
    TestGraph.graph()
        .write(tx -> tx.run("MATCH ()-[r:COLLABORATES_WITH]->() SET r.status = 'ended'").consume());
    relate("confirmed");
    assertEquals(
        1,
        count(
            "MATCH (:Organisation {id: 'A'})-[r:COLLABORATES_WITH {status: 'confirmed'}]->(:Organisation {id: 'B'}) RETURN count(r)"));
    assertEquals(
        2, count("MATCH (:Organisation {id: 'A'})-[r:COLLABORATES_WITH]-() RETURN count(r)"));
  }

  /**
   * Planned on a store without collaborations (as the first batch of an import is), the check for
   * an open one must still start from the two organisations: a scan of the status index would be
   * repeated for every row of every batch (the import benchmark's collaborations took 50 % longer).
   */
  @Test
  void theOpenCollaborationCheckNeverScansARelationshipIndex() {
    var plan =
        TestGraph.graph()
            .read(tx ->
                tx.run(
                        "EXPLAIN " + ImportRepository.WRITE_RELATIONS,
                        java.util.Map.of("rows", List.of(), "actor", "a", "file", "f", "job", "J"))
                    .consume()
                    .plan());
    List<String> operators = new java.util.ArrayList<>();
    java.util.ArrayDeque<org.neo4j.driver.summary.Plan> todo = new java.util.ArrayDeque<>();
    todo.add(plan);
    while (!todo.isEmpty()) {
      var p = todo.pop();
      operators.add(p.operatorType());
      todo.addAll(p.children());
    }
    assertTrue(
        operators.stream().anyMatch(o -> o.startsWith("Expand(Into)")), operators.toString());
    assertTrue(
        operators.stream().noneMatch(o -> o.contains("RelationshipIndex")), operators.toString());
  }
}
