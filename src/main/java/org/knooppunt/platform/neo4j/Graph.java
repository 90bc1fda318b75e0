package org.knooppunt.platform.neo4j;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Sessions on the configured database for repositories: read and write units of work, each one
 * managed transaction with the driver's retries. Repositories take a {@link TransactionContext} so
 * that a service can put several statements into one transaction.
 */
@ApplicationScoped
public class Graph {

  private final Driver driver;
  private final String database;

  @Inject
  public Graph(Driver driver, Neo4jPlatform platform) {
    this(driver, platform.database());
  }

  public Graph(Driver driver, String database) {
    this.driver = driver;
    this.database = database;
  }

  /** For CDI proxies only. */
  protected Graph() {
    this.driver = null;
    this.database = null;
  }

  public <T> T read(Function<TransactionContext, T> work) {
    try (Session session = session()) {
      return session.executeRead(work::apply);
    }
  }

  public <T> T write(Function<TransactionContext, T> work) {
    try (Session session = session()) {
      return session.executeWrite(work::apply);
    } finally {
      WRITES.incrementAndGet();
    }
  }

  /**
   * A read that must see a node either wholly before or wholly after any concurrent write. Neo4j
   * reads are read-committed per store record, so a plain read of a node that another transaction
   * is saving can see, say, the new version with the old description (a client that edits that
   * would silently undo the save). {@code work} first takes the node's write lock (a repository
   * {@code lock} method) and then reads; the transaction writes nothing, so it does not count in
   * {@link #writes()}.
   */
  public <T> T readLocked(Function<TransactionContext, T> work) {
    try (Session session = session()) {
      return session.executeWrite(work::apply);
    }
  }

  /**
   * How many write transactions this application has run (committed or not): caches of computed
   * results compare it to know whether this instance changed the graph since.
   */
  public static long writes() {
    return WRITES.get();
  }

  private static final java.util.concurrent.atomic.AtomicLong WRITES =
      new java.util.concurrent.atomic.AtomicLong();

  public String database() {
    return database;
  }

  private Session session() {
    return driver.session(SessionConfig.forDatabase(database));
  }
}
