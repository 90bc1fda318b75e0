package org.knooppunt.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.AccountRepository;
import org.knooppunt.account.AccountService;
import org.knooppunt.account.Role;
import org.knooppunt.platform.neo4j.TestGraph;
import org.knooppunt.platform.security.LoginThrottle;

class DemoDataTest {

  private AccountService accounts;
  private DemoData demo;

  @BeforeEach
  void setUp() {
    TestGraph.wipe();
    accounts = new AccountService(TestGraph.graph(), new AccountRepository(), new LoginThrottle());
    demo = new DemoData(TestGraph.graph(), accounts);
  }

  private long count(String cypher) {
    return TestGraph.graph().read(tx -> tx.run(cypher).single().get(0).asLong());
  }

  @Test
  void loadsASmallLabelledNetworkWithAccountsForEveryRoleOnlyIntoAnEmptyDatabase() {
    assertTrue(demo.loadIfEmpty());
    long nodes = count("MATCH (n) RETURN count(n)");
    assertFalse(demo.loadIfEmpty(), "a second start loads nothing");
    assertEquals(nodes, count("MATCH (n) RETURN count(n)"));

    assertEquals(3, count("MATCH (l:Library:Organisation {demo: true}) RETURN count(l)"));
    assertTrue(
        count(
                "MATCH (:Library)-[:HAS_BRANCH]->(b:Branch)-[:LOCATED_IN]->(:Municipality) RETURN count(b)")
            >= 6);
    long partners = count("MATCH (p:Partner:Organisation {demo: true}) RETURN count(p)");
    assertTrue(partners >= 35 && partners <= 45, "about 40 partners: " + partners);
    assertTrue(count("MATCH (p:Partner) RETURN count(DISTINCT p.sector)") >= 6);
    assertTrue(
        count("MATCH (:Organisation)-[c:COLLABORATES_WITH]->(:Organisation) RETURN count(c)")
            >= 40);
    assertEquals(
        4,
        count(
            "MATCH (:Organisation)-[m:MEMBER_OF]->(:Taalnetwerk {demo: true}) UNWIND m.roles AS role"
                + " RETURN count(DISTINCT role)"),
        "the taalnetwerk has all four roles");
    assertEquals(1, count("MATCH (:Taalnetwerk)-[:HAS_TAALHUIS]->(:Branch) RETURN count(*)"));
    assertTrue(
        count("MATCH (:Person)-[:MEMBER_OF]->(c:Community {demo: true}) RETURN count(*)") >= 3);
    assertEquals(
        0,
        count(
            "MATCH (n) WHERE (n:Organisation OR n:Branch OR n:Person OR n:Community OR n:Taalnetwerk)"
                + " AND n.demo IS NULL RETURN count(n)"),
        "everything the demo creates is marked as demo");
    assertEquals(
        0,
        count(
            "MATCH (o:Organisation) WHERE NOT (o)-[:LOCATED_IN]->(:Municipality) RETURN count(o)"));

    for (String user : new String[] {"beheerder", "bibliothecaris", "beleid", "partner"}) {
      assertTrue(accounts.login(user, DemoData.PASSWORD.toCharArray()).isPresent(), user);
    }
    var librarian = accounts.find("bibliothecaris").orElseThrow();
    assertTrue(librarian.has(Role.LIBRARIAN));
    assertEquals(
        1,
        count(
            "MATCH (:Account {username: 'bibliothecaris'})-[:ACTS_FOR]->(:Library) RETURN count(*)"));
    assertEquals(
        1, count("MATCH (:Account {username: 'partner'})-[:ACTS_FOR]->(:Partner) RETURN count(*)"));
    assertEquals(List.of("PV26"), accounts.find("beleid").orElseThrow().regionIds());
    assertEquals(
        1,
        count(
            "MATCH (:Account {username: 'bibliothecaris'})-[:IS]->(p:Person {name: 'Noor van"
                + " Dijkhuizen'}) RETURN count(*)"),
        "the demo librarian logs in as a person of her own");
    assertEquals(
        0,
        count(
            "MATCH (p:Person) WHERE p.visibility IS NULL OR (p.consentIntroductions AND"
                + " p.consentIntroductionsVersion IS NULL) RETURN count(p)"),
        "every demo person has a visibility and dated, versioned consents");
  }
}
