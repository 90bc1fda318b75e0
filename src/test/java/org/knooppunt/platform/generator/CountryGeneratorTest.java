package org.knooppunt.platform.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.platform.generator.CountryGenerator.DegreeSummary;
import org.knooppunt.platform.generator.CountryGenerator.Result;
import org.knooppunt.platform.neo4j.Migrator;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * The scale generator against an in-process Neo4j with the real migrations: a seed fixes the graph,
 * everything lands in the real municipalities, the counts are those the class comment promises, and
 * the collaboration network is heavy-tailed. Generated data is wiped between tests; the migrations
 * stay.
 */
class CountryGeneratorTest {

  private static final String DATABASE = "neo4j";
  private static final int PARTNERS = 2_000;
  private static final int LIBRARIES = 40;
  private static final long SEED = 42;

  private static final String WIPE_GENERATED =
      """
      MATCH (n) WHERE n.generated = true DETACH DELETE n
      """;

  private static final String GENERATED_NODES =
      """
      MATCH (n) WHERE n.generated = true
      RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.sector AS sector,
             n.place AS place, n.postcode AS postcode, n.street AS street,
             n.registrationNumber AS registrationNumber, toString(n.location) AS location
      """;

  private static final String GENERATED_RELATIONSHIPS =
      """
      MATCH (a)-[r]->(b) WHERE a.generated = true
      RETURN a.id AS from, type(r) AS type, b.id AS to, r.id AS id, r.topic AS topic,
             r.status AS status, toString(r.since) AS since, toString(r.until) AS until
      """;

  private static final String RELATIONSHIP_COUNTS =
      """
      MATCH (a)-[r]->() WHERE a.generated = true
      RETURN type(r) AS type, count(*) AS count
      """;

  private static final String NODE_COUNTS =
      """
      RETURN count { (n) WHERE n.generated = true } AS nodes,
             count { (p:Partner) WHERE p.generated = true } AS partners,
             count { (l:Library) WHERE l.generated = true } AS libraries,
             count { (b:Branch) WHERE b.generated = true } AS branches
      """;

  private static final String MISPLACED =
      """
      MATCH (n) WHERE n.generated = true AND (n:Organisation OR n:Branch)
        AND NOT (COUNT { (n)-[:LOCATED_IN]->(:Municipality) } = 1
                 AND EXISTS { (n)-[:LOCATED_IN]->(m:Municipality) WHERE m.generated IS NULL
                                                                   AND m.code IS NOT NULL })
      RETURN count(n) AS misplaced
      """;

  private static final String PARTNERS_IN_REAL_MUNICIPALITIES =
      """
      MATCH (p:Partner)-[:LOCATED_IN]->(m:Municipality)
      WHERE p.generated = true AND m.code = m.id AND m.population > 0
      RETURN count(DISTINCT p) AS partners
      """;

  private static final String UNSERVED_MUNICIPALITIES =
      """
      MATCH (m:Municipality)
      RETURN count(m) AS municipalities,
             count(CASE WHEN NOT EXISTS { (l:Library)-[:SERVES]->(m) WHERE l.generated = true }
                        THEN m END) AS unserved
      """;

  private static final String SAMPLE_IDS =
      """
      MATCH (n) WHERE n.generated = true RETURN n.id AS id LIMIT 100
      """;

  private static Neo4j neo4j;
  private static Driver driver;

  @BeforeAll
  static void startNeo4jWithMigrations() {
    neo4j =
        Neo4jBuilders.newInProcessBuilder()
            .withDisabledServer()
            .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
            .withConfig(
                GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period,
                Duration.ofMillis(100))
            .withConfig(
                GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            .build();
    driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
    new Migrator(driver, DATABASE).migrate();
  }

  @AfterAll
  static void stopNeo4j() {
    if (driver != null) {
      driver.close();
    }
    if (neo4j != null) {
      neo4j.close();
    }
  }

  @BeforeEach
  void wipeGeneratedCountry() {
    write(WIPE_GENERATED);
  }

  @Test
  void sameSeedGeneratesTheSameGraph() {
    Result first = generator(SEED).generate(PARTNERS, LIBRARIES, null);
    String firstFingerprint = fingerprint();
    write(WIPE_GENERATED);

    Result second = generator(SEED).generate(PARTNERS, LIBRARIES, null);

    assertEquals(first.nodes(), second.nodes());
    assertEquals(first.relationships(), second.relationships());
    assertEquals(firstFingerprint, fingerprint());
  }

  @Test
  void differentSeedGeneratesADifferentGraph() {
    generator(SEED).generate(200, 5, null);
    String firstFingerprint = fingerprint();
    write(WIPE_GENERATED);

    generator(SEED + 1).generate(200, 5, null);

    assertNotEquals(firstFingerprint, fingerprint());
  }

  @Test
  void everyGeneratedPartnerIsLocatedInOneRealMunicipality() {
    generator(SEED).generate(PARTNERS, LIBRARIES, null);

    assertEquals(0L, single(MISPLACED).get("misplaced").asLong());
    assertEquals((long) PARTNERS, single(PARTNERS_IN_REAL_MUNICIPALITIES).get("partners").asLong());
  }

  @Test
  void everyMunicipalityIsServedByAGeneratedLibrary() {
    generator(SEED).generate(PARTNERS, LIBRARIES, null);

    Record r = single(UNSERVED_MUNICIPALITIES);
    assertTrue(r.get("municipalities").asLong() > 600, "the migrations load all municipalities");
    assertEquals(0L, r.get("unserved").asLong());
  }

  @Test
  void writesTheReportedCountsWithinTheExpectedBounds() {
    Result result = generator(SEED).generate(PARTNERS, LIBRARIES, null);

    Record nodes = single(NODE_COUNTS);
    long branches = nodes.get("branches").asLong();
    long organisations = PARTNERS + LIBRARIES;
    assertEquals((long) PARTNERS, nodes.get("partners").asLong());
    assertEquals((long) LIBRARIES, nodes.get("libraries").asLong());
    assertTrue(branches >= LIBRARIES && branches <= 4L * LIBRARIES, "1-4 branches per library");
    assertEquals(organisations + branches, nodes.get("nodes").asLong());
    assertEquals(result.nodes(), nodes.get("nodes").asLong());

    Map<String, Long> counts =
        read(RELATIONSHIP_COUNTS).stream()
            .collect(Collectors.toMap(r -> r.get("type").asString(), r -> r.get("count").asLong()));
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    assertEquals(result.relationships(), total);
    assertEquals(branches, counts.get("HAS_BRANCH"));
    assertEquals(organisations + branches, counts.get("LOCATED_IN"));
    assertBetween(counts.get("SERVES"), PARTNERS, 4L * PARTNERS + 1_000);
    assertBetween(
        counts.get("WORKS_ON"), PARTNERS + 3L * LIBRARIES, 3L * PARTNERS + 5L * LIBRARIES);
    assertBetween(counts.get("REACHES"), PARTNERS + 2L * LIBRARIES, 2L * PARTNERS + 4L * LIBRARIES);
    assertBetween(
        counts.get("IN_DOMAIN"), PARTNERS + 2L * LIBRARIES, 2L * PARTNERS + 3L * LIBRARIES);
    assertBetween(counts.get("COLLABORATES_WITH"), 2 * organisations, 4 * organisations);
    // About ten relationships per partner: 100,000 partners give about a million.
    assertBetween(total, 8L * PARTNERS, 14L * PARTNERS);
  }

  @Test
  void collaborationDegreesAreHeavyTailed() {
    CountryGenerator generator = generator(SEED);
    generator.generate(PARTNERS, LIBRARIES, null);

    DegreeSummary degrees = generator.collaborationDegrees();

    assertEquals((long) PARTNERS + LIBRARIES, degrees.organisations());
    assertTrue(degrees.mean() > 4 && degrees.mean() < 8, "mean degree about 6: " + degrees);
    assertTrue(degrees.median() < degrees.mean(), "median below the mean: " + degrees);
    assertTrue(degrees.max() >= 5 * degrees.mean(), "max at least 5x the mean: " + degrees);
  }

  @Test
  void generatedIdsAreVersionFourUuids() {
    generator(SEED).generate(200, 5, null);

    List<Record> ids = read(SAMPLE_IDS);
    assertEquals(100, ids.size());
    for (Record r : ids) {
      assertEquals(4, UUID.fromString(r.get("id").asString()).version());
    }
  }

  @Test
  void reportsProgressPerPhaseUpToTheTotal() {
    List<String> done = new ArrayList<>();
    generator(SEED)
        .generate(
            200,
            5,
            (phase, count, total) -> {
              if (count == total) {
                done.add(phase);
              }
            });

    assertTrue(
        done.containsAll(List.of("libraries", "branches", "partners", "collaborations")),
        "phases completed: " + done);
  }

  @Test
  void refusesADatabaseThatAlreadyHoldsAGeneratedCountry() {
    generator(SEED).generate(200, 5, null);

    assertThrows(IllegalStateException.class, () -> generator(SEED).generate(200, 5, null));
  }

  private static CountryGenerator generator(long seed) {
    return new CountryGenerator(driver, DATABASE, seed);
  }

  /** A hash over every generated node and relationship with its properties, minus timestamps. */
  private static String fingerprint() {
    List<String> lines = new ArrayList<>();
    for (Record r : read(GENERATED_NODES)) {
      List<String> labels = new ArrayList<>(r.get("labels").asList(v -> v.asString()));
      labels.sort(null);
      lines.add(
          String.join(
              "|",
              "N",
              r.get("id").asString(),
              String.join(",", labels),
              r.get("name").toString(),
              r.get("sector").toString(),
              r.get("place").toString(),
              r.get("postcode").toString(),
              r.get("street").toString(),
              r.get("registrationNumber").toString(),
              r.get("location").toString()));
    }
    for (Record r : read(GENERATED_RELATIONSHIPS)) {
      lines.add(
          String.join(
              "|",
              "R",
              r.get("from").asString(),
              r.get("type").asString(),
              r.get("to").asString(),
              r.get("id").toString(),
              r.get("topic").toString(),
              r.get("status").toString(),
              r.get("since").toString(),
              r.get("until").toString()));
    }
    lines.sort(null);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return lines.size() + ":" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertBetween(long actual, long min, long max) {
    assertTrue(actual >= min && actual <= max, actual + " not in [" + min + ", " + max + "]");
  }

  private static void assertBetween(Long actual, long min, long max) {
    assertTrue(actual != null, "no such relationships");
    assertBetween(actual.longValue(), min, max);
  }

  private static List<Record> read(String query) {
    try (Session session = driver.session(SessionConfig.forDatabase(DATABASE))) {
      return session.executeRead(tx -> tx.run(query).list());
    }
  }

  private static Record single(String query) {
    try (Session session = driver.session(SessionConfig.forDatabase(DATABASE))) {
      return session.executeRead(tx -> tx.run(query).single());
    }
  }

  private static void write(String query) {
    try (Session session = driver.session(SessionConfig.forDatabase(DATABASE))) {
      session.executeWrite(tx -> tx.run(query).consume());
    }
  }
}
