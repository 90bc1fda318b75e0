package org.knooppunt.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.knooppunt.account.AccountService;
import org.knooppunt.account.Role;
import org.knooppunt.platform.neo4j.CypherScript;
import org.knooppunt.platform.neo4j.Graph;

/**
 * The small, clearly-labelled demo network of the embedded default: loaded only into an empty
 * database (no organisations yet), never into an external one. Every node it creates has {@code
 * demo: true}, which the screens show.
 *
 * <p>Demo accounts, one per role, share the password {@value #PASSWORD}; they exist only in this
 * local demo database and are listed in the README.
 */
@ApplicationScoped
public class DemoData {

  static final String PASSWORD = "demo-Knooppunt-2026";

  /** The second demo library, whose librarian answers requests for introductions in the demo. */
  static final String HEUVELRAND = "00000000-0000-4000-8000-000000000102";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  static final String IS_EMPTY =
      """
      RETURN NOT EXISTS { MATCH (:Organisation) } AND NOT EXISTS { MATCH (:Account {demo: true}) } AS empty
      """;

  static final String FIRST_LIBRARY =
      """
      MATCH (o:Library {demo: true}) RETURN o.id AS id ORDER BY o.name LIMIT 1
      """;

  static final String FIRST_PARTNER =
      """
      MATCH (o:Partner {demo: true})-[:LOCATED_IN]->(:Municipality)-[:IN_REGION]->(:Region {id: 'PV26'})
      RETURN o.id AS id ORDER BY o.name LIMIT 1
      """;

  /** The demo librarian logs in as demo person Noor van Dijkhuizen (her own profile). */
  static final String LINK_PEOPLE =
      """
      MATCH (a:Account {username: 'bibliothecaris', demo: true})
      MATCH (p:Person {id: '00000000-0000-4000-8000-000000000301'})
      MERGE (a)-[:IS]->(p)
      """;

  private final Graph graph;
  private final AccountService accounts;

  @Inject
  public DemoData(Graph graph, AccountService accounts) {
    this.graph = graph;
    this.accounts = accounts;
  }

  protected DemoData() {
    this(null, null);
  }

  /** Loads the demo network and accounts if the database is empty; returns whether it did. */
  public boolean loadIfEmpty() {
    boolean empty = graph.read(tx -> tx.run(IS_EMPTY).single().get("empty").asBoolean());
    if (!empty) {
      return false;
    }
    List<String> statements =
        CypherScript.statements(CypherScript.read("org/knooppunt/platform/demo/demo.cypher"));
    graph.write(tx -> {
      statements.forEach(s -> tx.run(s).consume());
      return null;
    });
    String library = graph.read(tx -> tx.run(FIRST_LIBRARY).single().get("id").asString());
    String partner =
        graph
            .read(tx ->
                tx.run(FIRST_PARTNER).list().stream().findFirst().map(r -> r.get("id").asString()))
            .orElse(null);
    char[] pw = PASSWORD.toCharArray();
    accounts.create("beheerder", "Demo beheerder", pw, List.of(Role.ADMIN), null, List.of(), true);
    accounts.create(
        "bibliothecaris",
        "Demo bibliothecaris",
        pw,
        List.of(Role.LIBRARIAN),
        library,
        List.of(),
        true);
    accounts.create(
        "heuvelrand",
        "Demo bibliothecaris Heuvelrand",
        pw,
        List.of(Role.LIBRARIAN),
        HEUVELRAND,
        List.of(),
        true);
    accounts.create(
        "beleid", "Demo beleidsmedewerker", pw, List.of(Role.POLICY), null, List.of("PV26"), true);
    accounts.create("partner", "Demo partner", pw, List.of(Role.PARTNER), partner, List.of(), true);
    graph.write(tx -> tx.run(LINK_PEOPLE).consume());
    LOG.info(
        () -> "Loaded the demo network (" + statements.size() + " statements) and demo accounts");
    return true;
  }
}
