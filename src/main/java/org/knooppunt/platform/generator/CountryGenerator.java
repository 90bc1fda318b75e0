package org.knooppunt.platform.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.knooppunt.platform.neo4j.EmbeddedNeo4j;
import org.knooppunt.platform.neo4j.Migrator;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Generates a synthetic "country" of libraries, branches and partners over the real municipalities
 * already in the database, so that queries, screens and imports can be measured at national scale
 * (100,000 partners and about a million relationships) without real data about anyone.
 *
 * <p>Why a generator and not a sample of real data: there is no open register of the social
 * partners of libraries, and the real collaboration network that exists (the Horizon 2020 NL/BE
 * projection in {@code shared/data/h2020-nl-be-collaborations}) is too small and has no places. The
 * generator borrows the shape of that network, not its content.
 *
 * <p>How it works. Everything structural is planned in memory first from one seeded {@link
 * SplittableRandom}: the same seed and the same reference data give the same graph (same ids,
 * names, places, topics and edges); only the audit timestamps ({@code createdAt}, {@code
 * assertedAt}, and {@code lastReviewedAt}, which is "so many days before the run") follow the
 * clock. Ids are UUIDs derived from the seed, the kind of node and its index. The plan is then
 * written through the driver in batches of {@value #BATCH_SIZE} rows per transaction ({@code UNWIND
 * $rows}), never one row per transaction. Writes use {@code CREATE}: the generator refuses a
 * database that already holds a generated country, so run it on a wiped one.
 *
 * <ul>
 *   <li>Libraries: home municipalities drawn with probability proportional to population, without
 *       replacement while there are municipalities left, largest keys first; every municipality is
 *       served by the library nearest to it, so coverage is complete. Each library has 1-4 branches
 *       in municipalities it serves.
 *   <li>Partners: municipality proportional to population; a sector; 1-3 themes, 1-2 target groups,
 *       1-2 domains; a quarter of them also serve 1-3 neighbouring municipalities.
 *   <li>Collaborations: preferential attachment with fitness and locality. Organisations arrive one
 *       by one (libraries first) and each makes 1 + Geometric(mean 2) collaborations (mean 3) with
 *       earlier ones. A candidate is drawn with probability proportional to degree + 1 (a library
 *       counts {@value #LIBRARY_ATTRACTION} extra, libraries being the hubs of this network) among
 *       the organisations of the same municipality (60%), of the {@value #NEIGHBOURS} nearest
 *       municipalities (30%) or anywhere (10%), and accepted with its fitness (uniform in [0, 1), 1
 *       for libraries): attachment proportional to fitness x (degree + 1).
 * </ul>
 *
 * <p>Scale: per partner about 1 LOCATED_IN, 1.5 SERVES, 2 WORKS_ON, 1.5 REACHES, 1.5 IN_DOMAIN and
 * 3 COLLABORATES_WITH, so 100,000 partners (and 450 libraries) give about 1.06 million
 * relationships: a mean degree over all relationship types of 2R/N, about 21, most of it towards
 * the reference nodes.
 *
 * <p>Degree distribution of COLLABORATES_WITH, compared with the real Horizon 2020 NL/BE network
 * (measured on the plan, seed 42; the tail exponent is the maximum-likelihood estimate for degree
 * 10 and up):
 *
 * <pre>
 *                            nodes    mean  median   max  max/mean  share &ge;10  p90  p99  exponent
 *   H2020 NL/BE              3,018    10.4     5     548     53        27%      21   107    2.4
 *   generator 3,000 + 40     3,040     5.8     4     113     20        14%      11    41    2.9
 *   generator 100,000 + 450  100,450   6.0     3     743    124        13%      11    40    2.7
 * </pre>
 *
 * <p>So the generator is heavy-tailed like the real network: a few hubs, mostly libraries, with
 * hundreds of partners, and most organisations with a handful. It is deliberately sparser (mean 6
 * instead of 10, to keep a national graph near a million relationships) and its tail is thinner at
 * equal size (exponent near 3 against 2.4, fewer organisations of degree 10-100): H2020 has a dense
 * core of universities and research institutes that take part in hundreds of projects, which
 * library networks do not have. Its hubs are local: 40% (small countries) to 60% (large ones) of
 * the collaborations stay within one municipality, the rest mostly among neighbours.
 */
public final class CountryGenerator {

  /** Told after every batch; {@code total} is the number of rows of the phase. */
  @FunctionalInterface
  public interface ProgressListener {
    void progress(String phase, long done, long total);
  }

  /** What a run wrote, and how long it took. */
  public record Result(long nodes, long relationships, Duration elapsed) {}

  /** The COLLABORATES_WITH degree of the generated organisations. */
  public record DegreeSummary(
      long organisations, long max, double mean, double median, double shareAtLeastTen) {}

  static final int BATCH_SIZE = 10_000;
  static final int NEIGHBOURS = 8;
  static final int LIBRARY_ATTRACTION = 20;
  static final double LOCAL = 0.6;
  static final double NEARBY = 0.3;

  /** Success probability of the geometric number of extra collaborations (mean (1-p)/p = 2). */
  static final double EXTRA_COLLABORATION_P = 1.0 / 3.0;

  static final int MAX_COLLABORATIONS_PER_ARRIVAL = 30;

  static final List<String> SECTORS =
      List.of(
          "welzijn",
          "onderwijs",
          "zorg",
          "gemeente",
          "kinderopvang",
          "taalaanbieder",
          "cultuur",
          "bedrijf",
          "vrijwilligers",
          "overig");
  private static final double[] SECTOR_WEIGHTS = {20, 18, 14, 5, 8, 6, 10, 8, 9, 2};
  private static final List<String> SECTOR_NOUNS =
      List.of(
          "Welzijnsorganisatie",
          "School",
          "Zorgcentrum",
          "Gemeentelijk loket",
          "Kinderopvang",
          "Taalaanbieder",
          "Cultuurcentrum",
          "Bedrijf",
          "Vrijwilligersgroep",
          "Organisatie");
  private static final List<String> STREETS =
      List.of(
          "Kerkstraat",
          "Stationsweg",
          "Dorpsstraat",
          "Schoolstraat",
          "Molenweg",
          "Marktplein",
          "Nieuwstraat",
          "Lindelaan",
          "Beukenlaan",
          "Kouterstraat",
          "Parklaan",
          "Havenkade");
  private static final String POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ";

  private static final LocalDate FIRST_COLLABORATION = LocalDate.of(2012, 1, 1);
  private static final int COLLABORATION_DAYS = 14 * 365;
  private static final int MAX_REVIEW_AGE_DAYS = 3 * 365;

  private static final long KIND_LIBRARY = 1;
  private static final long KIND_BRANCH = 2;
  private static final long KIND_PARTNER = 3;
  private static final long KIND_COLLABORATION = 4;

  static final String HAS_GENERATED =
      """
      RETURN EXISTS { MATCH (o:Organisation) WHERE o.generated = true } AS present
      """;

  static final String MUNICIPALITIES =
      """
      MATCH (m:Municipality)
      WHERE m.location IS NOT NULL
      RETURN m.id AS id, m.name AS name, m.country AS country,
             coalesce(m.population, 0) AS population,
             m.location.latitude AS latitude, m.location.longitude AS longitude
      ORDER BY id
      """;

  static final String TAXONOMY =
      """
      RETURN COLLECT { MATCH (t:Topic) WHERE coalesce(t.kind, 'theme') = 'theme' RETURN t.id } AS topics,
             COLLECT { MATCH (g:TargetGroup) RETURN g.id } AS targetGroups,
             COLLECT { MATCH (d:Domain) RETURN d.id } AS domains
      """;

  /** Libraries and partners are written by one statement; only the second label differs. */
  private static final String CREATE_ORGANISATIONS =
      """
      UNWIND $rows AS row
      MATCH (m:Municipality {id: row.municipality})
      CREATE (o:Organisation:{{LABEL}} {
        id: row.id, name: row.name, description: row.description, sector: row.sector,
        email: row.email, website: row.website, street: row.street, postcode: row.postcode,
        place: row.place, location: point({latitude: row.latitude, longitude: row.longitude}),
        registrationNumber: row.registrationNumber, status: 'active', generated: true, version: 1,
        createdAt: $now, createdBy: 'generator', updatedAt: $now, updatedBy: 'generator',
        lastReviewedAt: row.lastReviewedAt})
      CREATE (o)-[:LOCATED_IN]->(m)
      WITH o, row
      CALL (o, row) {
        UNWIND row.serves AS key MATCH (s:Municipality {id: key}) CREATE (o)-[:SERVES]->(s)
      }
      CALL (o, row) {
        UNWIND row.topics AS key MATCH (t:Topic {id: key}) CREATE (o)-[:WORKS_ON]->(t)
      }
      CALL (o, row) {
        UNWIND row.targetGroups AS key MATCH (g:TargetGroup {id: key}) CREATE (o)-[:REACHES]->(g)
      }
      CALL (o, row) {
        UNWIND row.domains AS key MATCH (d:Domain {id: key}) CREATE (o)-[:IN_DOMAIN]->(d)
      }
      """;

  static final String CREATE_LIBRARIES =
      CREATE_ORGANISATIONS.replace("{{LABEL}}", org.knooppunt.organisation.Kind.LIBRARY.label);

  static final String CREATE_PARTNERS =
      CREATE_ORGANISATIONS.replace("{{LABEL}}", org.knooppunt.organisation.Kind.PARTNER.label);

  static final String CREATE_BRANCHES =
      """
      UNWIND $rows AS row
      MATCH (l:Organisation:Library {id: row.library})
      MATCH (m:Municipality {id: row.municipality})
      CREATE (b:Branch {
        id: row.id, name: row.name, street: row.street, postcode: row.postcode, place: row.place,
        location: point({latitude: row.latitude, longitude: row.longitude}),
        status: 'active', generated: true, version: 1,
        createdAt: $now, createdBy: 'generator', updatedAt: $now, updatedBy: 'generator',
        lastReviewedAt: row.lastReviewedAt})
      CREATE (l)-[:HAS_BRANCH]->(b)
      CREATE (b)-[:LOCATED_IN]->(m)
      """;

  static final String CREATE_COLLABORATIONS =
      """
      UNWIND $rows AS row
      MATCH (a:Organisation {id: row.from})
      MATCH (b:Organisation {id: row.to})
      CREATE (a)-[:COLLABORATES_WITH {
        id: row.id, since: row.since, until: row.until, topic: row.topic, status: row.status,
        source: 'generator', assertedBy: 'system', assertedAt: $now}]->(b)
      """;

  static final String COLLABORATION_DEGREES =
      """
      MATCH (o:Organisation)
      WHERE o.generated = true
      WITH COUNT { (o)-[:COLLABORATES_WITH]-() } AS degree
      RETURN count(*) AS organisations, coalesce(max(degree), 0) AS max,
             coalesce(avg(degree), 0.0) AS mean,
             coalesce(percentileCont(degree, 0.5), 0.0) AS median,
             coalesce(avg(CASE WHEN degree >= 10 THEN 1.0 ELSE 0.0 END), 0.0) AS shareAtLeastTen
      """;

  private final Driver driver;
  private final String database;
  private final long seed;

  public CountryGenerator(Driver driver, String database, long seed) {
    this.driver = Objects.requireNonNull(driver, "driver");
    this.database = Objects.requireNonNull(database, "database");
    this.seed = seed;
  }

  /**
   * Generates {@code partners} partners and {@code libraries} libraries (with their branches and
   * collaborations) over the municipalities in the database.
   *
   * @throws IllegalStateException when the database has no municipalities or topics (the migrations
   *     did not run) or already holds a generated country
   */
  public Result generate(int partners, int libraries, ProgressListener listener) {
    if (partners < 0 || libraries < 0) {
      throw new IllegalArgumentException("partners and libraries must not be negative");
    }
    ProgressListener progress = listener == null ? (phase, done, total) -> {} : listener;
    long start = System.nanoTime();
    try (Session session = driver.session(SessionConfig.forDatabase(database))) {
      if (session.executeRead(tx -> tx.run(HAS_GENERATED).single().get("present").asBoolean())) {
        throw new IllegalStateException(
            "The database already holds a generated country: generate into a wiped database");
      }
      List<Place> places = session.executeRead(tx -> tx.run(MUNICIPALITIES).list(Place::of));
      Taxonomy taxonomy = session.executeRead(tx -> Taxonomy.of(tx.run(TAXONOMY).single()));
      if (places.isEmpty() || taxonomy.topics().isEmpty()) {
        throw new IllegalStateException(
            "No municipalities or topics in database " + database + ": apply the migrations first");
      }
      progress.progress("municipalities", places.size(), places.size());

      Plan plan = plan(places, taxonomy, partners, libraries);
      progress.progress("plan", plan.organisations(), plan.organisations());

      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
      Writer writer = new Writer(session, now, progress);
      writer.write(
          "libraries",
          CREATE_LIBRARIES,
          libraries,
          i -> organisationRow(plan, places, taxonomy, i, now));
      writer.write(
          "branches",
          CREATE_BRANCHES,
          plan.branchLibrary.size(),
          i -> branchRow(plan, places, i, now));
      writer.write(
          "partners",
          CREATE_PARTNERS,
          partners,
          i -> organisationRow(plan, places, taxonomy, libraries + i, now));
      writer.write(
          "collaborations",
          CREATE_COLLABORATIONS,
          plan.edgeFrom.size(),
          i -> collaborationRow(plan, taxonomy, i));
      return new Result(
          writer.nodes, writer.relationships, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** The degree summary of COLLABORATES_WITH over the generated organisations, in one query. */
  public DegreeSummary collaborationDegrees() {
    try (Session session = driver.session(SessionConfig.forDatabase(database))) {
      return session.executeRead(tx -> {
        Record r = tx.run(COLLABORATION_DEGREES).single();
        return new DegreeSummary(
            r.get("organisations").asLong(),
            r.get("max").asLong(),
            r.get("mean").asDouble(),
            r.get("median").asDouble(),
            r.get("shareAtLeastTen").asDouble());
      });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The plan: everything structural, as arrays indexed by organisation (libraries first).

  /** A municipality as the generator sees it. */
  record Place(
      String id, String name, String country, long population, double latitude, double longitude) {

    static Place of(Record r) {
      return new Place(
          r.get("id").asString(),
          r.get("name").asString(r.get("id").asString()),
          r.get("country").asString(r.get("id").asString().startsWith("GM") ? "NL" : "BE"),
          r.get("population").asLong(),
          r.get("latitude").asDouble(),
          r.get("longitude").asDouble());
    }
  }

  /** The reference taxonomy's ids, sorted so that the same database gives the same picks. */
  record Taxonomy(List<String> topics, List<String> targetGroups, List<String> domains) {

    static Taxonomy of(Record r) {
      return new Taxonomy(
          sorted(r.get("topics").asList(v -> v.asString())),
          sorted(r.get("targetGroups").asList(v -> v.asString())),
          sorted(r.get("domains").asList(v -> v.asString())));
    }

    private static List<String> sorted(List<String> ids) {
      return ids.stream().sorted().toList();
    }
  }

  /** The planned country. Organisation {@code i < libraries} is a library, the rest partners. */
  static final class Plan {
    final int libraries;
    final int partners;
    final int[] municipality;
    final int[] sector;
    final int[][] serves;
    final int[][] topics;
    final int[][] targetGroups;
    final int[][] domains;
    final IntList branchLibrary = new IntList();
    final IntList branchMunicipality = new IntList();
    final IntList edgeFrom = new IntList();
    final IntList edgeTo = new IntList();

    Plan(int libraries, int partners) {
      this.libraries = libraries;
      this.partners = partners;
      int n = libraries + partners;
      municipality = new int[n];
      sector = new int[n];
      serves = new int[n][];
      topics = new int[n][];
      targetGroups = new int[n][];
      domains = new int[n][];
    }

    int organisations() {
      return libraries + partners;
    }

    boolean isLibrary(int organisation) {
      return organisation < libraries;
    }
  }

  /** Plans the country; uses no database, so that its shape can be studied on its own. */
  Plan plan(List<Place> places, Taxonomy taxonomy, int partners, int libraries) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Plan plan = new Plan(libraries, partners);
    int[][] near = nearestPlaces(places, NEIGHBOURS);
    double[] cumulative = cumulativePopulation(places);

    int[] homes = libraryHomes(places, libraries, cumulative, rnd);
    List<IntList> served = servedPlaces(places, homes);
    for (int i = 0; i < libraries; i++) {
      plan.municipality[i] = homes[i];
      plan.sector[i] = -1;
      plan.serves[i] = served.get(i).toArray();
      plan.topics[i] = distinct(rnd, taxonomy.topics().size(), 3 + rnd.nextInt(3));
      plan.targetGroups[i] = distinct(rnd, taxonomy.targetGroups().size(), 2 + rnd.nextInt(3));
      plan.domains[i] = distinct(rnd, taxonomy.domains().size(), 2 + rnd.nextInt(2));
      int branches = 1 + rnd.nextInt(4);
      for (int b = 0; b < branches; b++) {
        int[] options = plan.serves[i];
        plan.branchLibrary.add(i);
        plan.branchMunicipality.add(b == 0 ? homes[i] : options[rnd.nextInt(options.length)]);
      }
    }

    for (int p = 0; p < partners; p++) {
      int i = libraries + p;
      int home = sample(cumulative, rnd);
      plan.municipality[i] = home;
      plan.sector[i] = weighted(SECTOR_WEIGHTS, rnd);
      if (rnd.nextDouble() < 0.25) {
        int[] extra = distinct(rnd, NEIGHBOURS - 1, 1 + rnd.nextInt(3));
        int[] serves = new int[1 + extra.length];
        serves[0] = home;
        for (int e = 0; e < extra.length; e++) {
          serves[1 + e] = near[home][Math.min(1 + extra[e], near[home].length - 1)];
        }
        plan.serves[i] = Arrays.stream(serves).distinct().toArray();
      } else {
        plan.serves[i] = new int[] {home};
      }
      plan.topics[i] = distinct(rnd, taxonomy.topics().size(), 1 + rnd.nextInt(3));
      plan.targetGroups[i] = distinct(rnd, taxonomy.targetGroups().size(), 1 + rnd.nextInt(2));
      plan.domains[i] = distinct(rnd, taxonomy.domains().size(), 1 + rnd.nextInt(2));
    }

    collaborate(plan, places.size(), near, rnd);
    return plan;
  }

  /**
   * Preferential attachment with fitness and locality. An endpoint list holds an organisation once
   * when it arrives (a library {@link #LIBRARY_ATTRACTION} times more) and once more per
   * collaboration, so a uniform pick from a list is a pick proportional to degree + 1; the pick is
   * then accepted with the organisation's fitness (uniform in [0, 1), 1 for a library), which makes
   * the attachment proportional to fitness x (degree + 1), as in the Bianconi-Barabasi model.
   */
  private static void collaborate(Plan plan, int placeCount, int[][] near, SplittableRandom rnd) {
    IntList everywhere = new IntList();
    IntList[] local = new IntList[placeCount];
    for (int m = 0; m < placeCount; m++) {
      local[m] = new IntList();
    }
    int[] chosen = new int[MAX_COLLABORATIONS_PER_ARRIVAL + 1];
    double[] fitness = new double[plan.organisations()];
    for (int v = 0; v < plan.organisations(); v++) {
      fitness[v] = plan.isLibrary(v) ? 1.0 : rnd.nextDouble();
      int home = plan.municipality[v];
      int wanted = Math.min(v, 1 + geometric(rnd));
      int count = 0;
      for (int e = 0; e < wanted; e++) {
        for (int attempt = 0; attempt < 32; attempt++) {
          int u = pickTarget(rnd, home, everywhere, local, near);
          if (u != v && !contains(chosen, count, u) && rnd.nextDouble() < fitness[u]) {
            chosen[count++] = u;
            break;
          }
        }
      }
      for (int c = 0; c < count; c++) {
        int u = chosen[c];
        plan.edgeFrom.add(v);
        plan.edgeTo.add(u);
        everywhere.add(u);
        local[plan.municipality[u]].add(u);
        everywhere.add(v);
        local[home].add(v);
      }
      int copies = plan.isLibrary(v) ? 1 + LIBRARY_ATTRACTION : 1;
      for (int c = 0; c < copies; c++) {
        everywhere.add(v);
        local[home].add(v);
      }
    }
  }

  private static int pickTarget(
      SplittableRandom rnd, int home, IntList everywhere, IntList[] local, int[][] near) {
    double r = rnd.nextDouble();
    if (r < LOCAL && local[home].size() > 0) {
      return local[home].random(rnd);
    }
    if (r < LOCAL + NEARBY) {
      long total = 0;
      for (int m : near[home]) {
        total += local[m].size();
      }
      if (total > 0) {
        long pick = rnd.nextLong(total);
        for (int m : near[home]) {
          if (pick < local[m].size()) {
            return local[m].get((int) pick);
          }
          pick -= local[m].size();
        }
      }
    }
    return everywhere.random(rnd);
  }

  private static int geometric(SplittableRandom rnd) {
    int k = 0;
    while (k < MAX_COLLABORATIONS_PER_ARRIVAL - 1 && rnd.nextDouble() >= EXTRA_COLLABORATION_P) {
      k++;
    }
    return k;
  }

  /**
   * Home municipalities of the libraries: Efraimidis-Spirakis weighted sampling without replacement
   * (key = u^(1/population), largest first), then with replacement once every municipality has one.
   */
  private static int[] libraryHomes(
      List<Place> places, int libraries, double[] cumulative, SplittableRandom rnd) {
    int m = places.size();
    Integer[] order = new Integer[m];
    double[] key = new double[m];
    for (int j = 0; j < m; j++) {
      order[j] = j;
      key[j] = Math.log(1.0 - rnd.nextDouble()) / Math.max(1, places.get(j).population());
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -key[j]).thenComparing(j -> j));
    int[] homes = new int[libraries];
    for (int i = 0; i < libraries; i++) {
      homes[i] = i < m ? order[i] : sample(cumulative, rnd);
    }
    return homes;
  }

  /** Which municipalities each library serves: its home, and those for which it is the nearest. */
  private static List<IntList> servedPlaces(List<Place> places, int[] homes) {
    List<IntList> served = new ArrayList<>();
    boolean[] isHome = new boolean[places.size()];
    for (int home : homes) {
      IntList list = new IntList();
      list.add(home);
      served.add(list);
      isHome[home] = true;
    }
    if (homes.length == 0) {
      return served;
    }
    for (int j = 0; j < places.size(); j++) {
      if (isHome[j]) {
        continue;
      }
      int best = 0;
      double bestDistance = Double.MAX_VALUE;
      for (int i = 0; i < homes.length; i++) {
        double d = distance(places.get(j), places.get(homes[i]));
        if (d < bestDistance) {
          best = i;
          bestDistance = d;
        }
      }
      served.get(best).add(j);
    }
    return served;
  }

  /** For every municipality, itself and its {@code k - 1} nearest neighbours, nearest first. */
  private static int[][] nearestPlaces(List<Place> places, int k) {
    int m = places.size();
    int[][] near = new int[m][];
    for (int j = 0; j < m; j++) {
      Place from = places.get(j);
      Integer[] others = new Integer[m];
      double[] d = new double[m];
      for (int o = 0; o < m; o++) {
        others[o] = o;
        d[o] = o == j ? -1 : distance(from, places.get(o));
      }
      Arrays.sort(others, Comparator.comparingDouble((Integer o) -> d[o]).thenComparing(o -> o));
      near[j] = Arrays.stream(others, 0, Math.min(k, m)).mapToInt(Integer::intValue).toArray();
    }
    return near;
  }

  /** Squared equirectangular distance: enough to rank neighbours at this latitude. */
  private static double distance(Place a, Place b) {
    double x =
        (a.longitude() - b.longitude())
            * Math.cos(Math.toRadians((a.latitude() + b.latitude()) / 2));
    double y = a.latitude() - b.latitude();
    return x * x + y * y;
  }

  private static double[] cumulativePopulation(List<Place> places) {
    double[] cumulative = new double[places.size()];
    double sum = 0;
    for (int j = 0; j < places.size(); j++) {
      sum += Math.max(1, places.get(j).population());
      cumulative[j] = sum;
    }
    return cumulative;
  }

  private static int sample(double[] cumulative, SplittableRandom rnd) {
    double r = rnd.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, r);
    int index = i >= 0 ? i + 1 : -i - 1;
    return Math.min(index, cumulative.length - 1);
  }

  private static int weighted(double[] weights, SplittableRandom rnd) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = rnd.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** {@code count} distinct indices below {@code bound} (fewer if bound is smaller), sorted. */
  private static int[] distinct(SplittableRandom rnd, int bound, int count) {
    int n = Math.min(bound, count);
    int[] picked = new int[n];
    int size = 0;
    while (size < n) {
      int candidate = rnd.nextInt(bound);
      if (!contains(picked, size, candidate)) {
        picked[size++] = candidate;
      }
    }
    Arrays.sort(picked);
    return picked;
  }

  private static boolean contains(int[] values, int size, int value) {
    for (int i = 0; i < size; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Rows: the plan plus cosmetic attributes, each drawn from its own seeded stream, so that a row
  // depends only on the seed and its index, not on the order in which rows are written.

  private Map<String, Object> organisationRow(
      Plan plan, List<Place> places, Taxonomy taxonomy, int i, OffsetDateTime now) {
    boolean library = plan.isLibrary(i);
    int index = library ? i : i - plan.libraries;
    long kind = library ? KIND_LIBRARY : KIND_PARTNER;
    SplittableRandom rnd = attributes(kind, index);
    Place place = places.get(plan.municipality[i]);
    String number = String.format(Locale.ROOT, "%06d", index + 1);
    String name =
        library
            ? "Bibliotheek " + place.name() + " G" + number
            : SECTOR_NOUNS.get(plan.sector[i]) + " " + place.name() + " G" + number;
    String domain = (library ? "gen-bibliotheek-" : "gen-partner-") + number + ".example";

    Map<String, Object> row = new HashMap<>();
    row.put("id", uuid(kind, index).toString());
    row.put("name", name);
    row.put(
        "description",
        library
            ? "Gegenereerde bibliotheek voor tests en metingen."
            : "Gegenereerde partnerorganisatie (" + SECTORS.get(plan.sector[i]) + ") voor tests.");
    row.put("sector", library ? "bibliotheek" : SECTORS.get(plan.sector[i]));
    row.put("email", "info@" + domain);
    row.put("website", "https://" + domain);
    putAddress(row, rnd, place);
    row.put("registrationNumber", registrationNumber(rnd, place.country()));
    row.put("lastReviewedAt", now.minusDays(rnd.nextInt(MAX_REVIEW_AGE_DAYS)));
    row.put("serves", ids(plan.serves[i], j -> places.get(j).id()));
    row.put("topics", ids(plan.topics[i], taxonomy.topics()::get));
    row.put("targetGroups", ids(plan.targetGroups[i], taxonomy.targetGroups()::get));
    row.put("domains", ids(plan.domains[i], taxonomy.domains()::get));
    return row;
  }

  private Map<String, Object> branchRow(Plan plan, List<Place> places, int b, OffsetDateTime now) {
    SplittableRandom rnd = attributes(KIND_BRANCH, b);
    int library = plan.branchLibrary.get(b);
    Place place = places.get(plan.branchMunicipality.get(b));
    Map<String, Object> row = new HashMap<>();
    row.put("id", uuid(KIND_BRANCH, b).toString());
    row.put("library", uuid(KIND_LIBRARY, library).toString());
    row.put("name", "Vestiging " + place.name() + " B" + (b + 1));
    putAddress(row, rnd, place);
    row.put("lastReviewedAt", now.minusDays(rnd.nextInt(MAX_REVIEW_AGE_DAYS)));
    return row;
  }

  private Map<String, Object> collaborationRow(Plan plan, Taxonomy taxonomy, int e) {
    SplittableRandom rnd = attributes(KIND_COLLABORATION, e);
    int from = plan.edgeFrom.get(e);
    int to = plan.edgeTo.get(e);
    int[] fromTopics = plan.topics[from];
    int topic = fromTopics[rnd.nextInt(fromTopics.length)];
    for (int t : fromTopics) {
      if (Arrays.binarySearch(plan.topics[to], t) >= 0) {
        topic = t;
        break;
      }
    }
    LocalDate since = FIRST_COLLABORATION.plusDays(rnd.nextInt(COLLABORATION_DAYS));
    double r = rnd.nextDouble();
    String status = r < 0.90 ? "confirmed" : r < 0.97 ? "proposed" : "ended";
    Map<String, Object> row = new HashMap<>();
    row.put("id", uuid(KIND_COLLABORATION, e).toString());
    row.put("from", organisationId(plan, from));
    row.put("to", organisationId(plan, to));
    row.put("topic", taxonomy.topics().get(topic));
    row.put("status", status);
    row.put("since", since);
    row.put("until", "ended".equals(status) ? since.plusDays(180 + rnd.nextInt(3 * 365)) : null);
    return row;
  }

  private static void putAddress(Map<String, Object> row, SplittableRandom rnd, Place place) {
    row.put("municipality", place.id());
    row.put("place", place.name());
    row.put("street", STREETS.get(rnd.nextInt(STREETS.size())) + " " + (1 + rnd.nextInt(250)));
    row.put(
        "postcode",
        "NL".equals(place.country())
            ? String.format(
                Locale.ROOT,
                "%04d %c%c",
                1000 + rnd.nextInt(9000),
                POSTCODE_LETTERS.charAt(rnd.nextInt(POSTCODE_LETTERS.length())),
                POSTCODE_LETTERS.charAt(rnd.nextInt(POSTCODE_LETTERS.length())))
            : String.format(Locale.ROOT, "%04d", 1000 + rnd.nextInt(9000)));
    // About a kilometre around the municipality's inside point, clamped at three deviations.
    row.put("latitude", place.latitude() + 0.008 * clampedGaussian(rnd));
    row.put("longitude", place.longitude() + 0.012 * clampedGaussian(rnd));
  }

  private static double clampedGaussian(SplittableRandom rnd) {
    return Math.max(-3, Math.min(3, rnd.nextGaussian()));
  }

  /**
   * NL: an 8-digit KvK number. BE: a 10-digit KBO number whose last two digits are the mod-97
   * check.
   */
  static String registrationNumber(SplittableRandom rnd, String country) {
    if ("NL".equals(country)) {
      return String.format(Locale.ROOT, "%08d", 10_000_000 + rnd.nextInt(90_000_000));
    }
    int base = 2_000_000 + rnd.nextInt(8_000_000);
    return String.format(Locale.ROOT, "%08d%02d", base, 97 - base % 97);
  }

  private String organisationId(Plan plan, int organisation) {
    return plan.isLibrary(organisation)
        ? uuid(KIND_LIBRARY, organisation).toString()
        : uuid(KIND_PARTNER, organisation - plan.libraries).toString();
  }

  private static List<String> ids(int[] indices, IntFunction<String> id) {
    List<String> out = new ArrayList<>(indices.length);
    for (int i : indices) {
      out.add(id.apply(i));
    }
    return out;
  }

  /** A version-4-shaped UUID that depends only on the seed, the kind of node and its index. */
  UUID uuid(long kind, long index) {
    long hi = mix(seed ^ mix(kind * 0x9E3779B97F4A7C15L + index));
    long lo = mix(hi ^ 0xD1B54A32D192ED03L ^ (index << 7));
    hi = (hi & ~0xF000L) | 0x4000L;
    lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo);
  }

  private SplittableRandom attributes(long kind, long index) {
    return new SplittableRandom(mix(seed + 0x632BE59BD9B4E019L * kind) ^ mix(index + 1));
  }

  /** The SplitMix64 finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Writes rows in batches, one transaction per batch, and keeps the counts. */
  private static final class Writer {
    private final Session session;
    private final OffsetDateTime now;
    private final ProgressListener progress;
    long nodes;
    long relationships;

    Writer(Session session, OffsetDateTime now, ProgressListener progress) {
      this.session = session;
      this.now = now;
      this.progress = progress;
    }

    void write(String phase, String query, int total, IntFunction<Map<String, Object>> row) {
      for (int from = 0; from < total; from += BATCH_SIZE) {
        int to = Math.min(total, from + BATCH_SIZE);
        List<Map<String, Object>> rows = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
          rows.add(row.apply(i));
        }
        Map<String, Object> parameters = Map.of("rows", rows, "now", now);
        SummaryCounters counters =
            session.executeWrite(tx -> tx.run(query, parameters).consume().counters());
        nodes += counters.nodesCreated();
        relationships += counters.relationshipsCreated();
        progress.progress(phase, to, total);
      }
    }
  }

  /** A growable int array: the plan holds millions of ints, which boxed lists would triple. */
  static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int index) {
      return values[index];
    }

    int size() {
      return size;
    }

    int random(SplittableRandom rnd) {
      return values[rnd.nextInt(size)];
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The benchmark entry point.

  /**
   * Generates a country and prints what it cost. Options: {@code --partners N} (100000), {@code
   * --libraries N} (450), {@code --seed S} (42), {@code --uri bolt://...} (default: a throw-away
   * embedded Neo4j in {@code target/bench-neo4j}), {@code --data-dir DIR} (an embedded Neo4j in
   * {@code DIR}, which must be new or empty, kept afterwards: start the application on it with
   * {@code -Dknooppunt.data.dir=DIR}), {@code --database NAME} (neo4j), {@code --pagecache-mb N}
   * (256, embedded only). With {@code --uri}, NEO4J_USERNAME and NEO4J_PASSWORD are used when set.
   * The migrations are applied first. Progress goes to stderr, the metrics to stdout, one {@code
   * name=value} line each.
   */
  public static void main(String[] args) {
    Map<String, String> options = options(args);
    int partners = Integer.parseInt(options.getOrDefault("partners", "100000"));
    int libraries = Integer.parseInt(options.getOrDefault("libraries", "450"));
    long seed = Long.parseLong(options.getOrDefault("seed", "42"));
    String database = options.getOrDefault("database", "neo4j");
    long pageCache = Long.parseLong(options.getOrDefault("pagecache-mb", "256")) * 1024 * 1024;
    String uri = options.get("uri");

    // A given data dir is kept for the application; the default one is thrown away.
    boolean keep = options.containsKey("data-dir");
    Path dataDir = Path.of(options.getOrDefault("data-dir", "target/bench-neo4j"));
    if (keep && uri != null) {
      throw new IllegalArgumentException("--data-dir and --uri exclude each other");
    }
    if (keep && !isEmptyOrMissing(dataDir)) {
      throw new IllegalArgumentException("--data-dir " + dataDir + " must be new or empty");
    }
    EmbeddedNeo4j embedded = null;
    AuthToken auth = AuthTokens.none();
    try {
      if (uri == null) {
        deleteRecursively(dataDir);
        System.err.println("Starting a throw-away embedded Neo4j in " + dataDir.toAbsolutePath());
        embedded = EmbeddedNeo4j.start(dataDir, "127.0.0.1", freePort(), pageCache);
        uri = embedded.boltUri();
      } else if (System.getenv("NEO4J_PASSWORD") != null) {
        auth =
            AuthTokens.basic(
                Objects.requireNonNullElse(System.getenv("NEO4J_USERNAME"), "neo4j"),
                System.getenv("NEO4J_PASSWORD"));
      }
      try (Driver driver = GraphDatabase.driver(uri, auth)) {
        int applied = new Migrator(driver, database).migrate();
        System.err.println("Applied " + applied + " migrations");
        CountryGenerator generator = new CountryGenerator(driver, database, seed);
        Result result =
            generator.generate(
                partners,
                libraries,
                (phase, done, total) ->
                    System.err.printf(Locale.ROOT, "%-15s %,12d / %,d%n", phase, done, total));
        DegreeSummary degrees = generator.collaborationDegrees();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heap = runtime.totalMemory() - runtime.freeMemory();
        double seconds = result.elapsed().toNanos() / 1e9;
        printMetric("time.seconds", String.format(Locale.ROOT, "%.3f", seconds));
        printMetric("nodes", Long.toString(result.nodes()));
        printMetric("relationships", Long.toString(result.relationships()));
        printMetric(
            "nodes.per.second", String.format(Locale.ROOT, "%.0f", result.nodes() / seconds));
        printMetric(
            "relationships.per.second",
            String.format(Locale.ROOT, "%.0f", result.relationships() / seconds));
        printMetric("heap.used.mib", Long.toString(heap / (1024 * 1024)));
        printMetric("collaboration.degree.max", Long.toString(degrees.max()));
        printMetric(
            "collaboration.degree.mean", String.format(Locale.ROOT, "%.2f", degrees.mean()));
        printMetric(
            "collaboration.degree.median", String.format(Locale.ROOT, "%.1f", degrees.median()));
        printMetric(
            "collaboration.degree.share.ge10",
            String.format(Locale.ROOT, "%.4f", degrees.shareAtLeastTen()));
      }
    } finally {
      // Bolt threads are not daemons: without this the JVM would not exit after a failure.
      if (embedded != null) {
        embedded.close();
        if (!keep) {
          deleteRecursively(dataDir);
        }
      }
    }
  }

  private static void printMetric(String name, String value) {
    System.out.println(name + "=" + value);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "Usage: CountryGenerator [--partners N] [--libraries N] [--seed S] [--uri bolt://...]"
                + " [--data-dir DIR] [--database NAME] [--pagecache-mb N]");
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isEmptyOrMissing(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
