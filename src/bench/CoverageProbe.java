import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.coverage.CoverageQuery;
import org.knooppunt.coverage.CoverageReport;
import org.knooppunt.coverage.CoverageRepository;
import org.knooppunt.coverage.CoverageService;
import org.knooppunt.coverage.Scope;
import org.knooppunt.platform.neo4j.EmbeddedNeo4j;
import org.knooppunt.platform.neo4j.Graph;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The coverage analysis on the generated country (part of src/bench/coverage-benchmark.sh): opens
 * the store in-process with its Bolt connector on localhost, as the application does, and times
 * the application's own {@link CoverageService} (its statements through the driver, the ranking
 * in Java), in the same run:
 *
 * <ul>
 *   <li>all municipalities of NL and BE for one topic in one request (RUNS times): p50/p95;
 *   <li>one municipality (the largest, Amsterdam: an indexed lookup by id) (10 × RUNS): p50/p95;
 *   <li>the same 646 municipalities asked one request each, back to back (RUNS / 5 rounds): p50/p95
 *       of a round.
 * </ul>
 *
 * <pre>
 *   java -cp target/classes:$(cat target/bench-classpath.txt) src/bench/CoverageProbe.java DATA_DIR [RUNS]
 * </pre>
 *
 * Output: one {@code name=value} line each.
 */
public class CoverageProbe {

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    String topic = args.length > 2 ? args[2] : "taalvaardigheid";
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, "127.0.0.1", port, 512L * 1024 * 1024);
    try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      Graph graph = new Graph(driver, "neo4j");
      CoverageService service =
          new CoverageService(graph, new CoverageRepository(), Clock.systemUTC());
      Account policy =
          new Account(
              "bench", "bench", "Bench", Set.of(Role.POLICY), "nl", null, null, List.of());
      Locale nl = Locale.of("nl");
      CoverageQuery all = new CoverageQuery(Scope.countries(List.of("NL", "BE")), topic, null);
      print("topic", topic);
      print(
          "organisations",
          graph.read(tx -> tx.run("RETURN COUNT { MATCH (:Organisation) } AS n").single())
              .get("n")
              .asLong());

      CoverageReport report = null;
      for (int i = 0; i < 5; i++) {
        report = service.analyse(nl, policy, all);
      }
      print("whole.municipalities", report.municipalities());
      print("whole.covered", report.municipalitiesCovered());
      print("whole.peopleInNeed", report.peopleInNeed());
      print("whole.share", String.format(Locale.ROOT, "%.3f", report.share()));
      print(
          "whole.servingLinks",
          report.rows().stream().mapToLong(r -> r.servingOrganisationIds().size()).sum());
      double[] whole = new double[runs];
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        service.analyse(nl, policy, all);
        whole[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(whole);
      print("whole.p50.ms", ms(percentile(whole, 50)));
      print("whole.p95.ms", ms(percentile(whole, 95)));

      List<String> ids = report.rows().stream().map(r -> r.municipalityId()).sorted().toList();
      CoverageQuery one = new CoverageQuery(Scope.municipalities(List.of("GM0363")), topic, null);
      for (int i = 0; i < 50; i++) {
        service.analyse(nl, policy, one);
      }
      double[] single = new double[runs * 10];
      for (int i = 0; i < single.length; i++) {
        long t = System.nanoTime();
        service.analyse(nl, policy, one);
        single[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(single);
      print("single.municipality", "GM0363");
      print("single.p50.ms", ms(percentile(single, 50)));
      print("single.p95.ms", ms(percentile(single, 95)));

      int rounds = Math.max(3, runs / 5);
      double[] separate = new double[rounds];
      for (int round = -1; round < rounds; round++) {
        long t = System.nanoTime();
        for (String id : ids) {
          service.analyse(
              nl, policy, new CoverageQuery(Scope.municipalities(List.of(id)), topic, null));
        }
        if (round >= 0) {
          separate[round] = (System.nanoTime() - t) / 1e6;
        }
      }
      Arrays.sort(separate);
      print("separate.requests", ids.size());
      print("separate.rounds", rounds);
      print("separate.p50.ms", ms(percentile(separate, 50)));
      print("separate.p95.ms", ms(percentile(separate, 95)));
      print("ratio.whole.single.p50", ms(percentile(whole, 50) / percentile(single, 50)));
      print("ratio.whole.single.p95", ms(percentile(whole, 95) / percentile(single, 95)));
      print("ratio.separate.whole.p50", ms(percentile(separate, 50) / percentile(whole, 50)));
      print("ratio.separate.whole.p95", ms(percentile(separate, 95) / percentile(whole, 95)));
      System.gc();
      Runtime rt = Runtime.getRuntime();
      print("heap.after.gc.mib", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    } finally {
      neo4j.close();
    }
  }

  static double percentile(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.clamp(i, 0, sorted.length - 1)];
  }

  static String ms(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static void print(String name, Object value) {
    System.out.println(name + "=" + value);
  }
}
