package org.knooppunt.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.exchange.ImportPlan.Change;
import org.knooppunt.exchange.ImportRepository.Provenance;
import org.knooppunt.exchange.ImportSet.LocationRow;
import org.knooppunt.exchange.ImportSet.OrganisationRow;
import org.knooppunt.exchange.ImportSet.RowProblem;
import org.knooppunt.exchange.ImportSet.ServiceRow;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Locations and services through the planner and the writer: they ride in their organisation's row,
 * are refused with it, make it update when they change, disappear when they leave the source and
 * never take a hand-made branch with them; and the municipality rule per format.
 */
class ImportPlacesTest {

  private static final Account ADMIN =
      new Account("a", "admin", "Admin", Set.of(Role.ADMIN), "nl", null, null, List.of());

  private final ImportRepository repository = new ImportRepository();
  private final ImportPlanner planner = new ImportPlanner(TestGraph.graph(), repository);
  private final ImportWriter writer = new ImportWriter(TestGraph.graph(), repository);

  @BeforeEach
  void wipe() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    CREATE (:ImportJob {id: 'J', batchesDone: 0, rowsDone: 0, created: 0,
                            updated: 0, cancelRequested: false})
                    """)
                .consume());
  }

  private static OrganisationRow org(int line, String id, String name, String email) {
    return new OrganisationRow(
        "o.csv", line, id, "partner", name, null, "welzijn", null, email, null, null, null, null,
        null, "GM0344", null, null, List.of(), List.of());
  }

  private static LocationRow location(int line, String id, String org, String name, String gm) {
    return new LocationRow(
        "l.csv", line, id, org, name, "Straat 1", null, "Utrecht", gm, 52.1, 5.1);
  }

  private static ServiceRow service(
      int line, String id, String org, String description, List<String> topics, List<String> at) {
    return new ServiceRow(
        "s.csv", line, id, org, "Dienst " + id, description, topics, List.of(), at);
  }

  private static ImportSet set(
      String format, List<OrganisationRow> orgs, List<LocationRow> ls, List<ServiceRow> ss) {
    return new ImportSet(
        format, "f.zip", "hsds", orgs, ls, ss, List.of(), List.of(), List.<RowProblem>of());
  }

  private ImportPlan plan(ImportSet set) {
    return planner.plan(ADMIN, set);
  }

  private void write(ImportPlan plan) {
    writer.write(plan, new Provenance("admin", "f.zip", "J"), () -> false);
  }

  /** A branch made by hand (no import key) for organisation 'Goed': no import may remove it. */
  private static void handMadeBranch() {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (o:Organisation {name: 'Goed'})
                    CREATE (o)-[:HAS_BRANCH]->(:Branch {id: 'hand', name: 'Eigen plek'})
                    """)
                .consume());
  }

  private static long count(String cypher) {
    return TestGraph.graph().read(tx -> tx.run(cypher).single().get(0).asLong());
  }

  private static List<String> keys(ImportPlan plan) {
    return plan.problems().stream().map(RowProblem::key).toList();
  }

  @Test
  void aLocationOrServiceOfARefusedOrganisationIsNotWritten() {
    ImportPlan plan =
        plan(
            set(
                "hsds-datapackage",
                List.of(org(2, "A", "Goed", null), org(3, "B", "Fout", "geen-mail")),
                List.of(
                    location(2, "LA", "A", "Plek A", "GM0344"),
                    location(3, "LB", "B", "Plek B", "GM0344")),
                List.of(service(2, "SB", "B", null, List.of(), List.of("LB")))));

    assertEquals(
        List.of(
            "exchange.problem.badEmail",
            "exchange.problem.locationWithoutOrganisation",
            "exchange.problem.serviceWithoutOrganisation"),
        keys(plan).stream().sorted().toList());
    assertEquals(3, plan.rejectedRows(), "the organisation, its location and its service");
    write(plan);

    assertEquals(
        1,
        count(
            "MATCH (:Organisation {name: 'Goed'})-[:HAS_BRANCH]->(b:Branch {name: 'Plek A'})-[:LOCATED_IN]->(:Municipality {id: 'GM0344'}) RETURN count(b)"));
    assertEquals(0, count("MATCH (b:Branch {name: 'Plek B'}) RETURN count(b)"));
    assertEquals(0, count("MATCH (s:Service) RETURN count(s)"));
  }

  @Test
  void aRemovedLocationDisappearsAndAHandMadeBranchSurvives() {
    var orgs = List.of(org(2, "A", "Goed", null));
    write(
        plan(
            set(
                "hsds-datapackage",
                orgs,
                List.of(
                    location(2, "L1", "A", "Een", "GM0344"),
                    location(3, "L2", "A", "Twee", "GM0344")),
                List.of(service(2, "S1", "A", "x", List.of(), List.of("L1", "L2"))))));
    assertEquals(2, count("MATCH (:Service)-[:AT]->(b:Branch) RETURN count(b)"));
    handMadeBranch();

    ImportPlan second =
        plan(
            set(
                "hsds-datapackage",
                orgs,
                List.of(location(2, "L1", "A", "Een", "GM0344")),
                List.of(service(2, "S1", "A", "x", List.of(), List.of("L1", "L2")))));
    assertEquals(Change.UPDATE, second.organisations().getFirst().change());
    write(second);

    assertEquals(0, count("MATCH (b:Branch {name: 'Twee'}) RETURN count(b)"));
    assertEquals(
        List.of("Een", "Eigen plek"),
        TestGraph.graph()
            .read(tx ->
                tx.run(
                        "MATCH (:Organisation {name: 'Goed'})-[:HAS_BRANCH]->(b) RETURN b.name AS n ORDER BY n")
                    .list(r -> r.get("n").asString())));
    assertEquals(1, count("MATCH (:Service)-[:AT]->(b:Branch) RETURN count(b)"));
  }

  @Test
  void anOrganisationWhoseFileNoLongerNamesAnyLocationOrServiceLosesTheImportedOnes() {
    var orgs = List.of(org(2, "A", "Goed", null), org(3, "B", "Ander", null));
    write(
        plan(
            set(
                "hsds-datapackage",
                orgs,
                List.of(location(2, "L1", "A", "Een", "GM0344")),
                List.of(service(2, "S1", "A", "x", List.of(), List.of("L1"))))));
    handMadeBranch();
    assertEquals(
        2, count("MATCH (:Organisation {name: 'Goed'})-[:HAS_BRANCH]->(b) RETURN count(b)"));

    // The same organisations, no locations or services at all: the writer must still visit A.
    ImportPlan bare = plan(set("hsds-datapackage", orgs, List.of(), List.of()));
    assertEquals(Change.UPDATE, bare.organisations().getFirst().change());
    assertEquals(Change.UNCHANGED, bare.organisations().get(1).change());
    write(bare);

    assertEquals(
        List.of("Eigen plek"),
        TestGraph.graph()
            .read(tx ->
                tx.run("MATCH (:Organisation {name: 'Goed'})-[:HAS_BRANCH]->(b) RETURN b.name AS n")
                    .list(r -> r.get("n").asString())));
    assertEquals(0, count("MATCH (s:Service) RETURN count(s)"));
    assertEquals(0, count("MATCH (b:Branch) WHERE b.importKey IS NOT NULL RETURN count(b)"));
  }

  @Test
  void aChangedServiceMakesItsOrganisationUpdateAndAnUnchangedOneDoesNot() {
    var orgs = List.of(org(2, "A", "Goed", null));
    var ls = List.of(location(2, "L1", "A", "Een", "GM0344"));
    ImportSet first =
        set(
            "hsds-datapackage",
            orgs,
            ls,
            List.of(service(2, "S1", "A", "oud", List.of("leesbevordering"), List.of("L1"))));
    write(plan(first));
    assertEquals(Change.UNCHANGED, plan(first).organisations().getFirst().change());

    ImportPlan changed =
        plan(
            set(
                "hsds-datapackage",
                orgs,
                ls,
                List.of(service(2, "S1", "A", "nieuw", List.of("mediawijsheid"), List.of("L1")))));
    assertEquals(Change.UPDATE, changed.organisations().getFirst().change());
    write(changed);

    assertEquals(
        1,
        count(
            """
            MATCH (:Organisation {name: 'Goed'})-[:OFFERS]->(s:Service {description: 'nieuw'})
                  -[:WORKS_ON]->(:Topic {id: 'mediawijsheid'})
            WHERE NOT EXISTS { (s)-[:WORKS_ON]->(:Topic {id: 'leesbevordering'}) }
              AND s.importJob = 'J'
            RETURN count(s)
            """));
  }

  @Test
  void anUnknownMunicipalityRefusesATableLocationButAnHsdsPlaceOnlyWarns() {
    ImportPlan table =
        plan(
            set(
                "xlsx",
                List.of(org(2, "A", "Goed", null)),
                List.of(location(2, "L1", "A", "Een", "Atlantis")),
                List.of()));
    assertEquals(List.of("exchange.problem.unknownMunicipality"), keys(table));
    assertEquals(1, table.rejectedRows());
    assertEquals(1, table.organisations().size(), "the organisation itself is fine");

    OrganisationRow abroad =
        new OrganisationRow(
            "o.csv",
            2,
            "A",
            "partner",
            "Ver weg",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "90210",
            "Beverly Hills",
            null,
            null,
            null,
            List.of(),
            List.of());
    ImportPlan hsds =
        plan(
            set(
                "hsds-json",
                List.of(abroad),
                List.of(location(2, "L1", "A", "Een", "Atlantis")),
                List.of()));
    assertEquals(0, hsds.rejectedRows(), keys(hsds).toString());
    assertTrue(keys(hsds).stream().allMatch("exchange.problem.municipalityNotMatched"::equals));
    assertEquals(2, keys(hsds).size());
    write(hsds);
    assertEquals(
        0,
        count("MATCH (n {importJob: 'J'})-[:LOCATED_IN]->() RETURN count(n)"),
        "no municipality, not even by the (foreign) postcode");
    assertEquals(
        1,
        count("MATCH (:Organisation {name: 'Ver weg'})-[:HAS_BRANCH]->(b:Branch) RETURN count(b)"));
  }
}
