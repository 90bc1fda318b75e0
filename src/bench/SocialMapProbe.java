import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.knooppunt.socialmap.MapFilter;
import org.knooppunt.socialmap.MapScope;
import org.knooppunt.socialmap.SocialMap;
import org.knooppunt.socialmap.SocialMapRepository;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.QueryProfile;
import org.neo4j.driver.summary.ResultSummary;

/**
 * The database side of the social-map benchmark, over Bolt to the application's embedded Neo4j
 * (part of src/bench/socialmap-benchmark.sh). Runs with the project's test class path:
 *
 * <pre>
 *   java -cp target/classes:$(cat target/bench-classpath.txt) src/bench/SocialMapProbe.java pick bolt://127.0.0.1:7695
 *   java -cp ... src/bench/SocialMapProbe.java query bolt://127.0.0.1:7695 CENTRE DEPTH [SECONDS] [CONCURRENCY]
 * </pre>
 *
 * <p>{@code pick} prints the centre: the first branch (by id) of the library with the most
 * collaborations, ties broken by library id. {@code query} times the application's own query
 * ({@link SocialMapRepository#neighbourhood}, same statement, same limits 500/2,000, same driver),
 * sequentially and with CONCURRENCY sessions at once, and prints its PROFILE. Output: one {@code
 * name=value} line each.
 */
public class SocialMapProbe {

  static final String PICK =
      """
      MATCH (l:Library)-[:HAS_BRANCH]->(b:Branch)
      WITH l, min(b.id) AS branch, count(b) AS branches
      WITH l, branch, branches, COUNT { (l)-[:COLLABORATES_WITH]-() } AS collaborations
      ORDER BY collaborations DESC, l.id
      LIMIT 1
      MATCH (b:Branch {id: branch})
      RETURN b.id AS id, b.name AS name, l.name AS library, branches, collaborations,
             COUNT { MATCH (:Library) } AS libraries
      """;

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    try (Driver driver =
        GraphDatabase.driver(
            args[1], AuthTokens.none(), Config.builder().withMaxConnectionPoolSize(64).build())) {
      driver.verifyConnectivity();
      switch (mode) {
        case "pick" -> pick(driver);
        case "query" ->
            query(
                driver,
                args[2],
                Integer.parseInt(args[3]),
                args.length > 4 ? Integer.parseInt(args[4]) : 15,
                args.length > 5 ? Integer.parseInt(args[5]) : 16);
        default -> throw new IllegalArgumentException("mode pick or query");
      }
    }
  }

  static void pick(Driver driver) {
    try (Session s = driver.session(SessionConfig.forDatabase("neo4j"))) {
      Record r = s.executeRead(tx -> tx.run(PICK).single());
      print("centre.id", r.get("id").asString());
      print("centre.name", r.get("name").asString());
      print("centre.library", r.get("library").asString());
      print("centre.library.branches", r.get("branches").asLong());
      print("centre.library.collaborations", r.get("collaborations").asLong());
      print("libraries", r.get("libraries").asLong());
    }
  }

  static void query(Driver driver, String centre, int depth, int seconds, int concurrency)
      throws Exception {
    SocialMapRepository repository = new SocialMapRepository();
    // Warm-up: plan cache, page cache, JIT on both sides of Bolt.
    SocialMap map = null;
    for (int i = 0; i < 20; i++) {
      map = once(driver, repository, centre, depth);
    }
    print("nodes", map.nodes().size());
    print("edges", map.edges().size());
    print("truncated", map.truncated());

    double[] sequential = new double[50];
    for (int i = 0; i < sequential.length; i++) {
      long t = System.nanoTime();
      once(driver, repository, centre, depth);
      sequential[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(sequential);
    print("bolt.sequential.p50.ms", ms(percentile(sequential, 50)));
    print("bolt.sequential.p95.ms", ms(percentile(sequential, 95)));

    // The same query from `concurrency` sessions at once, for `seconds` seconds.
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Future<List<Double>>> futures = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      futures.add(
          pool.submit(() -> {
            List<Double> out = new ArrayList<>();
            while (System.nanoTime() < end) {
              long t = System.nanoTime();
              once(driver, repository, centre, depth);
              out.add((System.nanoTime() - t) / 1e6);
            }
            return out;
          }));
    }
    // Meanwhile, how much heap the running transactions hold (Neo4j's own estimate).
    long[] peak = new long[3]; // sum over transactions, largest single transaction, count
    Thread monitor =
        Thread.ofPlatform()
            .start(() -> {
              while (System.nanoTime() < end) {
                try (Session s = driver.session(SessionConfig.forDatabase("neo4j"))) {
                  List<Record> rows =
                      s.run(
                              "SHOW TRANSACTIONS YIELD currentQuery, estimatedUsedHeapMemory"
                                  + " WHERE currentQuery CONTAINS 'maxNodes'"
                                  + " RETURN estimatedUsedHeapMemory AS heap")
                          .list();
                  long sum = 0;
                  for (Record r : rows) {
                    long heap = r.get("heap").isNull() ? 0 : r.get("heap").asLong();
                    sum += heap;
                    peak[1] = Math.max(peak[1], heap);
                  }
                  peak[0] = Math.max(peak[0], sum);
                  peak[2] = Math.max(peak[2], rows.size());
                  Thread.sleep(100);
                } catch (Exception e) {
                  return;
                }
              }
            });
    List<Double> all = new ArrayList<>();
    for (Future<List<Double>> f : futures) {
      all.addAll(f.get());
    }
    pool.shutdown();
    monitor.join();
    print("bolt.concurrent.tx.heap.peak.sum.mib", peak[0] / (1024 * 1024));
    print("bolt.concurrent.tx.heap.peak.one.mib", peak[1] / (1024 * 1024));
    print("bolt.concurrent.tx.peak.count", peak[2]);
    double[] concurrent = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    print("bolt.concurrency", concurrency);
    print("bolt.concurrent.requests", concurrent.length);
    print("bolt.concurrent.p50.ms", ms(percentile(concurrent, 50)));
    print("bolt.concurrent.p95.ms", ms(percentile(concurrent, 95)));
    print(
        "bolt.concurrent.per.second",
        String.format(Locale.ROOT, "%.1f", concurrent.length / (double) seconds));

    profile(driver, centre, depth);
  }

  static SocialMap once(Driver driver, SocialMapRepository repository, String centre, int depth) {
    try (Session s = driver.session(SessionConfig.forDatabase("neo4j"))) {
      return s.executeRead(
              tx -> repository.neighbourhood(tx, MapScope.hops(centre, depth), MapFilter.NONE, 500, 2000))
          .orElseThrow(() -> new IllegalStateException("no centre " + centre))
          .map();
    }
  }

  static void profile(Driver driver, String centre, int depth) throws Exception {
    String statement = SocialMapRepository.statement(MapScope.hops(centre, depth));
    Map<String, Object> params =
        SocialMapRepository.parameters(MapScope.hops(centre, depth), MapFilter.NONE, 500, 2000);
    try (Session s = driver.session(SessionConfig.forDatabase("neo4j"))) {
      ResultSummary summary = s.run("PROFILE " + statement, params).consume();
      QueryProfile plan = summary.queryProfile().orElseThrow();
      print("profile.db.hits", totalDbHits(plan));
      print("profile.available.after.ms", summary.resultAvailableAfter(TimeUnit.MILLISECONDS));
      plan.arguments()
          .forEach((k, v) -> {
            if (k.equals("GlobalMemory") || k.equals("runtime") || k.equals("planner")) {
              print("profile." + k, v.asObject());
            }
          });
      StringBuilder top = new StringBuilder();
      topOperators(plan, top);
      print("profile.operators", top.toString());
    }
  }

  static long totalDbHits(QueryProfile plan) {
    long hits = plan.dbHits().orElse(0);
    for (QueryProfile child : plan.children()) {
      hits += totalDbHits(child);
    }
    return hits;
  }

  /** The operators with at least 1,000 db hits or 1 MiB of memory, as "Operator:hits[/mem=MiB]". */
  static void topOperators(QueryProfile plan, StringBuilder out) {
    long memory =
        plan.arguments().containsKey("Memory") ? plan.arguments().get("Memory").asLong() : 0;
    if (plan.dbHits().orElse(0) >= 1000 || memory >= 1024 * 1024) {
      out.append(out.isEmpty() ? "" : " ")
          .append(plan.operatorType().replace("@neo4j", ""))
          .append(':')
          .append(plan.dbHits().orElse(0));
      if (memory >= 1024 * 1024) {
        out.append("/mem=").append(memory / (1024 * 1024)).append("MiB");
      }
    }
    for (QueryProfile child : plan.children()) {
      topOperators(child, out);
    }
  }

  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static String ms(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static void print(String name, Object value) {
    System.out.println(name + "=" + value);
  }
}
