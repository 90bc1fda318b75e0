package org.knooppunt.platform.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.Plan;

/**
 * Every Cypher statement of every repository that names a relationship type with an index
 * (collaborations, need figures), planned on a store without organisations or collaborations: what
 * a fresh installation plans first, and what the first batch of an import into it plans. Neo4j
 * keeps such a plan while the graph grows, so a statement that starts from given organisations or a
 * given collaboration must not be planned as a scan of a relationship index (all collaborations
 * with a status, for every call), nor as a seek on a collaboration's status where its id is given.
 */
class StatementPlansTest {

  private static final Map<String, Plan> PLANS = new TreeMap<>();

  @BeforeAll
  static void plan() throws Exception {
    TestGraph.wipe();
    // Only a statement that names a relationship type with an index can be planned to use it.
    List<String> indexed =
        TestGraph.graph()
            .read(tx ->
                tx.run(
                        """
                        SHOW INDEXES YIELD entityType, labelsOrTypes
                        WHERE entityType = 'RELATIONSHIP' AND labelsOrTypes IS NOT NULL
                        RETURN labelsOrTypes
                        """)
                    .list(r -> r.get(0).asList(v -> ":" + v.asString())))
            .stream()
            .flatMap(List::stream)
            .distinct()
            .toList();
    assertTrue(indexed.contains(":COLLABORATES_WITH"), indexed.toString());
    Path classes = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(classes.resolve("org/knooppunt"))) {
      for (Path f : files.filter(p -> p.toString().endsWith("Repository.class")).toList()) {
        String name =
            classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        for (Field field : Class.forName(name).getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers())
              && Modifier.isFinal(field.getModifiers())
              && field.getType() == String.class) {
            field.setAccessible(true);
            String statement = (String) field.get(null);
            if (indexed.stream().noneMatch(statement::contains)) {
              continue;
            }
            Plan plan = explain(statement);
            if (plan != null) {
              PLANS.put(
                  f.getFileName().toString().replace(".class", "") + "." + field.getName(), plan);
            }
          }
        }
      }
    }
  }

  /** The plan of a statement, or null for a constant that is no statement (a fragment, a key). */
  private static Plan explain(String statement) {
    try {
      return TestGraph.graph().read(tx -> tx.run("EXPLAIN " + statement).consume().plan());
    } catch (ClientException e) {
      if (e.code().startsWith("Neo.ClientError.Statement.SyntaxError")) {
        return null;
      }
      throw new AssertionError(statement, e);
    }
  }

  private static List<String> operators(Plan plan) {
    List<String> found = new ArrayList<>();
    ArrayDeque<Plan> todo = new ArrayDeque<>(List.of(plan));
    while (!todo.isEmpty()) {
      Plan p = todo.pop();
      Object details = p.arguments().get("Details");
      found.add(p.operatorType() + " " + (details == null ? "" : details));
      todo.addAll(p.children());
    }
    return found;
  }

  @Test
  void theRepositoriesStatementsArePlanned() {
    // Guards the guard: the statements below are found, so the scan finds the repositories.
    assertTrue(PLANS.containsKey("CollaborationRepository.CREATE"), PLANS.keySet().toString());
    assertTrue(PLANS.containsKey("ImportRepository.WRITE_RELATIONS"), PLANS.keySet().toString());
    assertTrue(PLANS.size() > 20, PLANS.size() + " statements");
  }

  @Test
  void noStatementScansARelationshipIndex() {
    Map<String, List<String>> scans = new TreeMap<>();
    PLANS.forEach((name, plan) -> {
      List<String> found =
          operators(plan).stream().filter(o -> o.contains("RelationshipIndexScan")).toList();
      if (!found.isEmpty()) {
        scans.put(name, found);
      }
    });
    assertEquals(Map.of(), scans);
  }

  @Test
  void aCollaborationGivenByIdIsFoundByItsId() {
    for (String name : List.of("CollaborationRepository.CONFIRM", "CollaborationRepository.END")) {
      List<String> seeks =
          operators(PLANS.get(name)).stream()
              .filter(o -> o.contains("RelationshipIndexSeek"))
              .toList();
      assertEquals(1, seeks.size(), name + ": " + seeks);
      assertTrue(seeks.get(0).contains("COLLABORATES_WITH(id)"), name + ": " + seeks);
    }
  }
}
