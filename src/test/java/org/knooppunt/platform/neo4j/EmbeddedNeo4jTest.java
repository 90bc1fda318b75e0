package org.knooppunt.platform.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jTest {

  @TempDir Path dataDir;

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void servesBoltOnLoopbackAndKeepsItsDataAcrossRestarts() throws IOException {
    int port = freePort();
    try (var neo4j = EmbeddedNeo4j.start(dataDir, "127.0.0.1", port);
        var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      assertEquals("bolt://127.0.0.1:" + port, neo4j.boltUri());
      driver.executableQuery("CREATE (:Probe {id: 'kept'})").execute();
    }
    try (var neo4j = EmbeddedNeo4j.start(dataDir, "127.0.0.1", port);
        var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      long kept =
          driver
              .executableQuery("MATCH (p:Probe {id: 'kept'}) RETURN count(p) AS n")
              .execute()
              .records()
              .getFirst()
              .get("n")
              .asLong();
      assertEquals(1, kept);
    }
  }
}
