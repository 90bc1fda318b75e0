package org.knooppunt.platform.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The two modes of {@link Neo4jPlatform}: with NEO4J_URI it uses that server and starts nothing;
 * without, it starts the embedded DBMS in the data directory. Either way the migrations land in the
 * database the driver talks to.
 */
class Neo4jPlatformTest {

  @TempDir Path dir;

  private static Neo4jPlatform platform(Optional<String> uri, Path dataDir, int port) {
    Neo4jPlatform p = new Neo4jPlatform();
    p.uri = uri;
    p.username = "neo4j";
    p.password = Optional.empty();
    p.database = "neo4j";
    p.dataDir = dataDir.toString();
    p.boltHost = "127.0.0.1";
    p.boltPort = port;
    p.pageCacheMb = 32;
    return p;
  }

  @Test
  void externalModeWritesToTheConfiguredServerAndStartsNothingEmbedded() throws Exception {
    try (var external = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build()) {
      Path dataDir = dir.resolve("embedded-must-not-exist");
      Neo4jPlatform platform =
          platform(
              Optional.of(external.boltURI().toString()), dataDir, EmbeddedNeo4jTest.freePort());
      platform.start();
      try {
        assertFalse(platform.embedded());
        new Graph(platform.driver(), "neo4j")
            .write(tx -> tx.run("CREATE (:Probe {id: 'external'})").consume());
      } finally {
        platform.stop();
      }
      assertFalse(Files.exists(dataDir), "no embedded store may be created in external mode");
      try (var driver = GraphDatabase.driver(external.boltURI(), AuthTokens.none())) {
        var records =
            driver
                .executableQuery(
                    "MATCH (m:Municipality) WITH count(m) AS municipalities"
                        + " MATCH (p:Probe {id: 'external'}) RETURN municipalities, count(p) AS probes")
                .execute()
                .records();
        assertEquals(646, records.getFirst().get("municipalities").asLong());
        assertEquals(1, records.getFirst().get("probes").asLong());
      }
    }
  }

  @Test
  void embeddedModeStartsNeo4jInTheDataDirectoryAndMigratesIt() throws Exception {
    Path dataDir = dir.resolve("neo4j");
    Neo4jPlatform platform = platform(Optional.empty(), dataDir, EmbeddedNeo4jTest.freePort());
    platform.start();
    try {
      assertTrue(platform.embedded());
      long municipalities =
          new Graph(platform.driver(), "neo4j")
              .read(
                  tx -> tx.run("MATCH (m:Municipality) RETURN count(m)").single().get(0).asLong());
      assertEquals(646, municipalities);
    } finally {
      platform.stop();
    }
    assertTrue(Files.isDirectory(dataDir));
  }
}
