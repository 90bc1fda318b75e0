package org.knooppunt.exchange;

import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.neo4j.EmbeddedNeo4j;
import org.knooppunt.platform.neo4j.Graph;
import org.knooppunt.platform.neo4j.Migrator;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The process {@link ImportCrashTest} kills: an embedded Neo4j on a store on disk, migrated, that
 * imports a file ({@code import}) or, after a crash, reports what the store holds ({@code check}),
 * re-runs the file and reports the totals. Prints {@code BOLT <uri>}, {@code JOB <id>}, and lines
 * {@code KEY value} for the test to read.
 */
public final class ImportCrashMain {

  private ImportCrashMain() {}

  public static void main(String[] args) throws Exception {
    run(
        args[0],
        Path.of(args[1]),
        Path.of(args[2]),
        line -> {
          System.out.println(line);
          System.out.flush();
        });
    System.exit(0);
  }

  /**
   * Runs {@code mode} on {@code store}, in this JVM, and hands each {@code KEY value} line to
   * {@code out} as soon as it is known. The store is closed when it returns.
   */
  static void run(String mode, Path store, Path file, java.util.function.Consumer<String> out)
      throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, "127.0.0.1", port, 64L * 1024 * 1024);
    var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
    new Migrator(driver, "neo4j").migrate();
    Graph graph = new Graph(driver, "neo4j");
    ImportRepository repository = new ImportRepository();
    ImportJobService service =
        new ImportJobService(
            graph,
            repository,
            new ImportPlanner(graph, repository),
            new ImportWriter(graph, repository),
            List.of(new CsvOrganisationReader()),
            Runnable::run,
            store.resolve("uploads"));
    Account admin =
        new Account("a", "admin", "Admin", Set.of(Role.ADMIN), "nl", null, null, List.of());
    out.accept("BOLT " + neo4j.boltUri());
    if ("check".equals(mode)) {
      out.accept("INTERRUPTED " + service.interruptLeftovers());
      graph
          .read(tx ->
              tx.run(
                      """
                      MATCH (j:ImportJob)
                      RETURN j.id AS id, j.status AS status, j.batchesDone AS done,
                             COLLECT { MATCH (o:Organisation {importJob: j.id}) RETURN count(o) }[0] AS orgs,
                             COLLECT { MATCH ()-[r:COLLABORATES_WITH {importJob: j.id}]->() RETURN count(r) }[0] AS rels
                      """)
                  .list())
          .forEach(r ->
              out.accept(
                  "CRASHED "
                      + r.get("status").asString()
                      + " "
                      + r.get("done").asLong()
                      + " "
                      + r.get("orgs").asLong()
                      + " "
                      + r.get("rels").asLong()));
    }
    var preview =
        service.preview(
            admin,
            "crash.csv",
            new ByteArrayInputStream(Files.readAllBytes(file)),
            Map.of(),
            Locale.ENGLISH);
    out.accept("JOB " + preview.jobId());
    var job = service.start(admin, preview.jobId(), Locale.ENGLISH);
    out.accept("STATUS " + job.status());
    out.accept(
        "NODES "
            + graph.read(tx ->
                tx.run("MATCH (n) WHERE NOT (n:ImportJob OR n:AuditEntry) RETURN count(n)")
                    .single()
                    .get(0)
                    .asLong()));
    out.accept(
        "RELS "
            + graph.read(
                tx -> tx.run("MATCH ()-[r]->() RETURN count(r)").single().get(0).asLong()));
    driver.close();
    neo4j.close();
  }
}
