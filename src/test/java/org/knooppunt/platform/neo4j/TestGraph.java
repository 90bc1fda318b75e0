package org.knooppunt.platform.neo4j;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j for all unit tests of a JVM, with the real migrations applied once. {@link
 * #wipe()} removes everything but the reference data the migrations loaded, so tests are
 * independent of each other and of their order.
 */
public final class TestGraph {

  private static Neo4j neo4j;
  private static Driver driver;
  private static Graph graph;

  private TestGraph() {}

  public static synchronized Graph graph() {
    if (graph == null) {
      neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
      driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
      new Migrator(driver, "neo4j").migrate();
      graph = new Graph(driver, "neo4j");
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> {
                driver.close();
                neo4j.close();
              }));
    }
    return graph;
  }

  public static Driver driver() {
    graph();
    return driver;
  }

  public static String boltUri() {
    graph();
    return neo4j.boltURI().toString();
  }

  /**
   * Deletes every node except municipalities, regions, taxonomy and the migration records, and the
   * need figures between them.
   */
  public static void wipe() {
    graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (n)
                    WHERE NOT (n:Municipality OR n:Region OR n:Topic OR n:TargetGroup OR n:Domain
                               OR n:__KnooppuntMigration)
                    DETACH DELETE n
                    """)
                .consume());
    // Need figures link two kinds of reference nodes, so the statement above keeps them.
    graph().write(tx -> tx.run("MATCH ()-[h:HAS_NEED]->() DELETE h").consume());
  }
}
