package org.knooppunt.platform.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * The embedded Neo4j of the default mode: a real Neo4j DBMS started in-process with its Bolt
 * connector on a local address, so that the application (and Neo4j's own tools) reach it through
 * the driver exactly as they would reach a server. This is the only class that touches the embedded
 * API; everything else talks Bolt.
 *
 * <p>Neo4j sizes itself for a dedicated server; here it is sized for a laptop (small page cache, no
 * transaction-log preallocation, short Netty shutdown) because it shares the JVM with Liberty.
 * Authentication is off, so Bolt binds to a loopback address only.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  private final DatabaseManagementService dbms;
  private final String boltUri;

  private EmbeddedNeo4j(DatabaseManagementService dbms, String boltUri) {
    this.dbms = dbms;
    this.boltUri = boltUri;
  }

  /** Starts Neo4j with its data in {@code dataDir} and Bolt on {@code boltHost:boltPort}. */
  public static EmbeddedNeo4j start(Path dataDir, String boltHost, int boltPort) {
    return start(dataDir, boltHost, boltPort, ByteUnit.mebiBytes(128));
  }

  /** As {@link #start(Path, String, int)}, with an explicit page cache size in bytes. */
  public static EmbeddedNeo4j start(Path dataDir, String boltHost, int boltPort, long pageCache) {
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(boltHost, boltPort))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
            .setConfig(
                GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period,
                Duration.ofMillis(100))
            .setConfig(
                GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            .build();
    try {
      // Make sure the default database is up before anyone connects.
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
      return new EmbeddedNeo4j(dbms, "bolt://" + boltHost + ":" + boltPort);
    } catch (RuntimeException e) {
      // Bolt threads are not daemons: never leave a half-started DBMS behind.
      dbms.shutdown();
      throw e;
    }
  }

  public String boltUri() {
    return boltUri;
  }

  @Override
  public void close() {
    dbms.shutdown();
  }
}
