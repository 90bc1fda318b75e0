package org.knooppunt.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.neo4j.CypherScript;
import org.knooppunt.platform.neo4j.TestGraph;
import org.neo4j.driver.Record;

/**
 * V0014 on a store of the earlier shape: a project with its year and tickets on itself and a
 * library signed up with a year. Run again, it changes nothing.
 */
class ProjectMigrationTest {

  private static final Locale NL = Locale.of("nl");

  @BeforeEach
  void oldShape() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (t:Topic {id: 'participatie-zelfredzaamheid'})
                    CREATE (p:NetworkProject {id: 'X', name: 'Oud project', description: 'Wat het doet',
                            year: 2025, maxTickets: 2, demo: true})-[:UNDER]->(t)
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb'})
                    CREATE (l)-[:SIGNED_UP {year: 2025, at: datetime()}]->(p)
                    """)
                .consume());
  }

  private static void migrate() {
    for (String statement :
        CypherScript.statements(
            CypherScript.read("neo4j/migrations/V0014__project_rounds.cypher"))) {
      TestGraph.graph().write(tx -> tx.run(statement).consume());
    }
  }

  private static Record state() {
    return TestGraph.graph()
        .read(tx ->
            tx.run(
                    """
                    MATCH (p:NetworkProject {id: 'X'})-[:IN_ROUND]->(r:ProjectRound)
                    MATCH (:Library {id: 'L'})-[s:SIGNED_UP]->(p)
                    RETURN r.id AS id, r.year AS year, r.ticketsPerLibrary AS tickets,
                           r.status AS status, r.regionIds AS regions, r.demo AS demo,
                           p.maxTickets AS maxTickets, p.intendedEffect AS effect,
                           s.by AS by, s.year AS signupYear,
                           COUNT { (:ProjectRound) } AS rounds
                    """)
                .single());
  }

  @Test
  void projectsOfTheEarlierShapeMoveIntoARoundPerYearWithTheirTickets() {
    migrate();
    Record r = state();
    assertEquals(2025, r.get("year").asInt());
    assertEquals(2, r.get("tickets").asInt());
    assertEquals("open", r.get("status").asString());
    assertEquals(List.of(), r.get("regions").asList());
    assertTrue(r.get("demo").asBoolean());
    assertTrue(r.get("maxTickets").isNull());
    assertEquals("Wat het doet", r.get("effect").asString());
    assertEquals("migration", r.get("by").asString());
    assertTrue(r.get("signupYear").isNull());
    assertEquals(1, r.get("rounds").asLong());

    migrate();
    Record again = state();
    assertEquals(r.get("id").asString(), again.get("id").asString());
    assertEquals(1, again.get("rounds").asLong());

    List<String> constraints =
        TestGraph.graph()
            .read(tx -> tx.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS n").single())
            .get("n")
            .asList(v -> v.asString());
    assertTrue(
        constraints.containsAll(List.of("project_round_id", "ticket_book_id")),
        constraints.toString());
  }

  @Test
  void aMigratedRoundWithoutRegionsIsTheAdministratorsAndKeepsItsTickets() {
    migrate();
    ProjectService service =
        new ProjectService(
            TestGraph.graph(), new ProjectRepository(), new AuditLog(), Clock.systemUTC());
    ProjectRound round = service.round(state().get("id").asString(), NL);
    Account admin = new Account("a", "a", "A", Set.of(Role.ADMIN), "nl", null, null, List.of());
    Account policy =
        new Account("b", "b", "B", Set.of(Role.POLICY), "nl", null, null, List.of("PV26"));
    assertTrue(ProjectService.mayManage(admin, round));
    assertTrue(!ProjectService.mayManage(policy, round));
    assertEquals(1, service.tickets(round.id(), "L").orElseThrow().left());
    assertThrowsConflict(() -> service.signUp(admin, "X", "L", NL));
  }

  private static void assertThrowsConflict(Runnable action) {
    try {
      action.run();
    } catch (DomainException e) {
      assertEquals(DomainException.Kind.CONFLICT, e.kind());
      return;
    }
    throw new AssertionError("expected a conflict");
  }
}
