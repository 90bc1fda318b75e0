package org.knooppunt.platform.neo4j;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The one place that decides where the graph lives and hands out the one {@link Driver}.
 *
 * <p>Without {@code NEO4J_URI} it starts {@link EmbeddedNeo4j} (data on disk under {@code
 * knooppunt.data.dir}) and connects to it over local Bolt; with {@code NEO4J_URI} it connects to
 * that server, cluster or Aura and starts nothing. Either way the rest of the application sees the
 * same driver, and the migrations are applied before anyone gets it.
 */
@ApplicationScoped
public class Neo4jPlatform {

  private static final Logger LOG = Logger.getLogger(Neo4jPlatform.class.getName());

  @Inject
  @ConfigProperty(name = "neo4j.uri")
  Optional<String> uri;

  @Inject
  @ConfigProperty(name = "neo4j.username", defaultValue = "neo4j")
  String username;

  @Inject
  @ConfigProperty(name = "neo4j.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "neo4j.database", defaultValue = "neo4j")
  String database;

  @Inject
  @ConfigProperty(name = "knooppunt.data.dir", defaultValue = "data/neo4j")
  String dataDir;

  @Inject
  @ConfigProperty(name = "knooppunt.neo4j.bolt.host", defaultValue = "127.0.0.1")
  String boltHost;

  @Inject
  @ConfigProperty(name = "knooppunt.neo4j.bolt.port", defaultValue = "7687")
  int boltPort;

  @Inject
  @ConfigProperty(name = "knooppunt.neo4j.pagecache.mb", defaultValue = "128")
  int pageCacheMb;

  private EmbeddedNeo4j embedded;
  private Driver driver;

  @PostConstruct
  void start() {
    Optional<String> external = uri.filter(u -> !u.isBlank());
    try {
      if (external.isPresent()) {
        AuthToken auth =
            password.filter(p -> !p.isBlank()).isPresent()
                ? AuthTokens.basic(username, password.get())
                : AuthTokens.none();
        driver = GraphDatabase.driver(external.get(), auth, driverConfig());
        LOG.info(() -> "Neo4j: external at " + external.get() + ", database " + database);
      } else {
        Path dir = Path.of(dataDir).toAbsolutePath();
        embedded = startEmbedded(dir);
        driver = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none(), driverConfig());
        LOG.info(() -> "Neo4j: embedded, data in " + dir + ", Bolt at " + embedded.boltUri());
      }
      driver.verifyConnectivity();
      new Migrator(driver, database).migrate();
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  private EmbeddedNeo4j startEmbedded(Path dir) {
    try {
      return EmbeddedNeo4j.start(dir, boltHost, boltPort, pageCacheMb * 1024L * 1024L);
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException(
          "This build of Knooppunt has no embedded Neo4j (the lean WAR): set NEO4J_URI to the"
              + " Neo4j server, cluster or Aura database to use.",
          e);
    }
  }

  private static Config driverConfig() {
    return Config.builder().withMaxConnectionPoolSize(50).build();
  }

  @Produces
  Driver driver() {
    return driver;
  }

  /** The database every session uses. */
  public String database() {
    return database;
  }

  /** True when Neo4j runs inside this JVM (the default, demo-data mode). */
  public boolean embedded() {
    return embedded != null;
  }

  @PreDestroy
  void stop() {
    if (driver != null) {
      driver.close();
      driver = null;
    }
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
  }
}
