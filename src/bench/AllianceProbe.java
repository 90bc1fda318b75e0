import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.alliance.CoverageGaps;
import org.knooppunt.alliance.Suggestion;
import org.knooppunt.alliance.SuggestionRepository;
import org.knooppunt.alliance.SuggestionService;
import org.knooppunt.coverage.CoverageRepository;
import org.knooppunt.coverage.CoverageService;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.EmbeddedNeo4j;
import org.knooppunt.platform.neo4j.Graph;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Alliance suggestions on the generated country (part of src/bench/alliance-benchmark.sh): opens
 * the store in-process with its Bolt connector on localhost, as the application does, picks the
 * province with the most libraries and times the application's own {@link SuggestionService}
 * through the driver, RUNS times after a warm-up:
 *
 * <ul>
 *   <li>grouping only (no topic or group: one read of the province's library graph, Louvain,
 *       reasons): p50/p95;
 *   <li>with taalvaardigheid for laaggeletterden, each group ranked by the coverage what-if of
 *       {@link CoverageService} (one what-if per group): p50/p95;
 *   <li>heap: bytes allocated by the calling thread per request (driver results, Louvain, reasons;
 *       the database's own allocations run on its threads in this same JVM and are not counted),
 *       and the heap in use after a full GC at the end (store caches included).
 * </ul>
 *
 * <pre>
 *   java -cp target/classes:$(cat target/bench-classpath.txt) src/bench/AllianceProbe.java DATA_DIR [RUNS]
 * </pre>
 *
 * Output: one {@code name=value} line each.
 */
public class AllianceProbe {

  static final String PICK =
      """
      MATCH (r:Region)<-[:IN_REGION]-(:Municipality)<-[:LOCATED_IN]-(l:Organisation:Library)
      WITH r, count(DISTINCT l) AS libraries
      ORDER BY libraries DESC, r.id LIMIT 1
      RETURN r.id AS id, r.name AS name, libraries,
             COUNT { MATCH (:Organisation:Partner) } AS partners
      """;

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, "127.0.0.1", port, 512L * 1024 * 1024);
    try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      Graph graph = new Graph(driver, "neo4j");
      var picked = graph.read(tx -> tx.run(PICK).single());
      String region = picked.get("id").asString();
      print("region.id", region);
      print("region.name", picked.get("name").asString());
      print("region.libraries", picked.get("libraries").asLong());
      print("partners", picked.get("partners").asLong());
      Account who =
          new Account("bench", "bench", "Bench", Set.of(Role.ADMIN), "nl", null, null, List.of());
      var coverage =
          new CoverageService(graph, new CoverageRepository(), Clock.systemUTC());
      var service =
          new SuggestionService(graph, new SuggestionRepository(), new CoverageGaps(coverage));
      measure("grouping", runs, () -> service.suggest(Messages.DUTCH, who, region, null, null));
      measure(
          "ranked",
          Math.max(3, runs / 4),
          () ->
              service.suggest(Messages.DUTCH, who, region, "taalvaardigheid", "laaggeletterden"));
      System.gc();
      Runtime rt = Runtime.getRuntime();
      print("heap.after.gc.mib", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    } finally {
      neo4j.close();
    }
  }

  interface Call {
    List<Suggestion> run();
  }

  static void measure(String name, int runs, Call call) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().threadId();
    List<Suggestion> result = null;
    for (int i = 0; i < 3; i++) {
      result = call.run();
    }
    double[] times = new double[runs];
    long allocated = 0;
    for (int i = 0; i < runs; i++) {
      long before = threads.getThreadAllocatedBytes(self);
      long t = System.nanoTime();
      result = call.run();
      times[i] = (System.nanoTime() - t) / 1e6;
      allocated = Math.max(allocated, threads.getThreadAllocatedBytes(self) - before);
    }
    Arrays.sort(times);
    print(name + ".runs", runs);
    print(name + ".suggestions", result.size());
    print(
        name + ".largest",
        result.stream().mapToInt(s -> s.libraries().size()).max().orElse(0));
    print(
        name + ".first",
        result.isEmpty()
            ? "-"
            : result.getFirst().libraries().size()
                + " libraries, "
                + result.getFirst().keyPartners().size()
                + " key partners, max "
                + result.getFirst().maxKm()
                + " km"
                + (result.getFirst().gain() == null
                    ? ""
                    : ", +" + result.getFirst().gain().peopleNewlyCovered() + " people"));
    print(name + ".p50.ms", ms(percentile(times, 50)));
    print(name + ".p95.ms", ms(percentile(times, 95)));
    print(name + ".allocated.max.mib", ms(allocated / (1024.0 * 1024)));
  }

  static double percentile(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.clamp(i, 0, sorted.length - 1)];
  }

  static String ms(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }

  static void print(String name, Object value) {
    System.out.println(name + "=" + value);
  }
}
