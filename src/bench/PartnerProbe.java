import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.knooppunt.partner.PartnerFinderRepository;
import org.knooppunt.partner.PartnerFinderService;
import org.knooppunt.partner.Suggestion;
import org.knooppunt.platform.neo4j.EmbeddedNeo4j;
import org.knooppunt.platform.neo4j.Graph;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The partner finder on the generated country (part of src/bench/partner-benchmark.sh): opens the
 * store in-process with its Bolt connector on localhost, as the application does, and times the
 * application's own statements through the driver ({@link PartnerFinderRepository}):
 *
 * <ul>
 *   <li>top-10 suggestions ({@link PartnerFinderService#ranked}: the partners of our partners
 *       first, everyone when they do not decide the top) for the library with the most
 *       collaborations and for the median library, a need of one topic and one target group,
 *       within 25 km and in the whole country, RUNS times each after a warm-up: p50/p95, which
 *       path answered, and whether the answer equals ranking everyone;
 *   <li>beside it, in the same run, a naive similarity: the Jaccard similarity of the library's
 *       neighbourhood (its topics, target groups and partners, plus the need) with the
 *       neighbourhood of every organisation in the country — one row of the all-pairs similarity
 *       matrix, computed by brute force as an all-pairs job would for every row — top 10: p50/p95;
 *   <li>the introduction path (the shortest chain of at most 4 relations, SHORTEST 1) from that
 *       library to 100 organisations picked by id order at a fixed stride: p50/p95, and how many
 *       had a chain.
 * </ul>
 *
 * <pre>
 *   java -cp target/classes:$(cat target/bench-classpath.txt) src/bench/PartnerProbe.java DATA_DIR [RUNS]
 * </pre>
 *
 * Output: one {@code name=value} line each.
 */
public class PartnerProbe {

  static final String PICK =
      """
      MATCH (l:Library)
      WITH l, COUNT { (l)-[:COLLABORATES_WITH]-() } AS collaborations
      ORDER BY collaborations DESC, l.id LIMIT 1
      RETURN l.id AS id, l.name AS name, collaborations,
             COUNT { MATCH (:Organisation) } AS organisations
      """;

  /** The library in the middle by number of collaborations: the finder's typical case. */
  static final String MEDIAN =
      """
      MATCH (l:Library)
      WITH l, COUNT { (l)-[:COLLABORATES_WITH]-() } AS collaborations
      ORDER BY collaborations, l.id
      WITH collect({id: l.id, name: l.name, collaborations: collaborations}) AS libraries
      WITH libraries[size(libraries) / 2] AS l
      RETURN l.id AS id, l.name AS name, l.collaborations AS collaborations
      """;

  static final String TARGETS =
      """
      MATCH (o:Organisation:Partner) WITH o ORDER BY o.id
      WITH collect(o.id) AS ids
      UNWIND range(0, 99) AS i
      RETURN ids[i * (size(ids) / 100)] AS id
      """;

  static final String NAIVE =
      """
      MATCH (me:Organisation {id: $for})
      WITH me, [(me)-[:WORKS_ON|REACHES|COLLABORATES_WITH]-(x) | elementId(x)]
               + COLLECT { MATCH (t:Topic) WHERE t.id IN $topics RETURN elementId(t) }
               + COLLECT { MATCH (g:TargetGroup) WHERE g.id IN $targetGroups RETURN elementId(g) }
               AS mine
      MATCH (o:Organisation) WHERE o <> me
      WITH me, mine, o, [(o)-[:WORKS_ON|REACHES|COLLABORATES_WITH]-(x) | elementId(x)] AS theirs
      WITH me, o, size([x IN theirs WHERE x IN mine]) AS shared, size(mine) + size(theirs) AS total
      WHERE shared > 0 AND NOT EXISTS { (o)-[:COLLABORATES_WITH]-(me) }
      WITH o, toFloat(shared) / (total - shared) AS jaccard
      ORDER BY jaccard DESC, o.name LIMIT 10
      RETURN o.id AS id, jaccard
      """;

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, "127.0.0.1", port, 512L * 1024 * 1024);
    try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      Graph graph = new Graph(driver, "neo4j");
      var picked = graph.read(tx -> tx.run(PICK).single());
      String library = picked.get("id").asString();
      print("library.id", library);
      print("library.name", picked.get("name").asString());
      print("library.collaborations", picked.get("collaborations").asLong());
      print("organisations", picked.get("organisations").asLong());
      List<String> topics = List.of("taalvaardigheid");
      List<String> groups = List.of("nieuwkomers-anderstaligen");
      print("need", "topic taalvaardigheid, target group nieuwkomers-anderstaligen");
      var repository = new PartnerFinderRepository();
      var service = new PartnerFinderService(graph, repository, null, null, null, null);
      var median = graph.read(tx -> tx.run(MEDIAN).single());
      print("median.id", median.get("id").asString());
      print("median.name", median.get("name").asString());
      print("median.collaborations", median.get("collaborations").asLong());
      double[] finder = null;
      for (String who : new String[] {"finder", "median"}) {
        String forId = who.equals("finder") ? library : median.get("id").asString();
        for (Integer radius : new Integer[] {25, null}) {
          String name = who + (radius == null ? ".country" : ".radius" + radius);
          var query =
              new PartnerFinderRepository.Query(
                  forId, topics, groups, radius, List.of(), false, 10);
          List<Suggestion> top = null;
          for (int i = 0; i < 20; i++) {
            top = service.ranked(query);
          }
          print(name + ".results", top.size());
          print(
              name + ".first",
              top.isEmpty()
                  ? "-"
                  : top.getFirst().name() + " (score " + top.getFirst().score() + ")");
          var shortlist = graph.read(tx -> repository.shortlist(tx, query));
          print(
              name + ".path",
              shortlist.complete()
                  ? "partners of partners"
                  : shortlist.nearbyKm() != null
                      ? String.format(
                          java.util.Locale.ROOT, "+ within %.1f km", shortlist.nearbyKm())
                      : "everyone");
          List<Suggestion> everyone = graph.read(tx -> repository.find(tx, query));
          print(name + ".sameAsEveryone", top.equals(everyone));
          double[] times = new double[runs];
          for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            service.ranked(query);
            times[i] = (System.nanoTime() - t) / 1e6;
          }
          Arrays.sort(times);
          print(name + ".p50.ms", ms(percentile(times, 50)));
          print(name + ".p95.ms", ms(percentile(times, 95)));
          if (name.equals("finder.country")) {
            finder = times; // the whole country is compared with the naive way
          }
        }
      }

      Map<String, Object> p = Map.of("for", library, "topics", topics, "targetGroups", groups);
      int naiveRuns = Math.max(5, runs / 20);
      graph.read(tx -> tx.run(NAIVE, p).list()); // warm-up: plan and page cache
      double[] naive = new double[naiveRuns];
      long naiveResults = 0;
      for (int i = 0; i < naiveRuns; i++) {
        long t = System.nanoTime();
        naiveResults = graph.read(tx -> tx.run(NAIVE, p).list()).size();
        naive[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(naive);
      print("naive.runs", naiveRuns);
      print("naive.results", naiveResults);
      print("naive.p50.ms", ms(percentile(naive, 50)));
      print("naive.p95.ms", ms(percentile(naive, 95)));
      print("ratio.p50", ms(percentile(naive, 50) / percentile(finder, 50)));
      print("ratio.p95", ms(percentile(naive, 95) / percentile(finder, 95)));
      // The all-pairs matrix is one such row per organisation: derived, not run (hours).
      long organisations = picked.get("organisations").asLong();
      double allPairs = percentile(naive, 50) * organisations;
      print("allpairs.hours", ms(allPairs / 3_600_000.0));
      print("allpairs.ratio.p95", String.format(java.util.Locale.ROOT, "%.0f", allPairs / percentile(finder, 95)));

      List<String> targets =
          graph.read(tx -> tx.run(TARGETS).list(r -> r.get("id").asString()));
      for (String to : targets.subList(0, 10)) {
        graph.read(tx -> repository.introduction(tx, library, to));
      }
      List<Double> paths = new ArrayList<>();
      int found = 0;
      for (String to : targets) {
        long t = System.nanoTime();
        boolean ok = graph.read(tx -> repository.introduction(tx, library, to)).isPresent();
        paths.add((System.nanoTime() - t) / 1e6);
        found += ok ? 1 : 0;
      }
      double[] path = paths.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      print("path.targets", targets.size());
      print("path.found", found);
      print("path.p50.ms", ms(percentile(path, 50)));
      print("path.p95.ms", ms(percentile(path, 95)));
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
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }

  static void print(String name, Object value) {
    System.out.println(name + "=" + value);
  }
}
