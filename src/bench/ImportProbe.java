import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.knooppunt.platform.neo4j.EmbeddedNeo4j;
import org.knooppunt.platform.neo4j.Graph;
import org.knooppunt.platform.neo4j.Migrator;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The import benchmark (part of src/bench/import-benchmark.sh), in two steps:
 *
 * <pre>
 *   java -cp CP src/bench/ImportProbe.java dump GENERATED_STORE CSV_DIR
 *   java -cp CP src/bench/ImportProbe.java measure CSV_DIR WORK_DIR SAMPLE BATCH
 * </pre>
 *
 * {@code dump} writes the generated country once as files: {@code organisations.csv} in the
 * canonical organisation table (what the product import reads) and the same data in neo4j-admin
 * import format under {@code admin/}. {@code measure} then, in one run: the offline bulk import
 * (Neo4j's import tool, its CLI in a child JVM, into a fresh store), once on those files and once on
 * the graph the product writes ({@link #sameGraph}, then the product's indexes: {@link #index});
 * one row per transaction through
 * the driver on a sample of SAMPLE organisations and the collaborations among them, extrapolated;
 * and each {@link ImportUnderTest} of {@link #PRODUCTS} on the whole file (the batched {@code
 * UNWIND} stand-in, BATCH rows per transaction), with the peak heap during it. Output: one {@code
 * name=value} line each.
 */
public class ImportProbe {

  /** The imports measured on the whole file; the product's own import is added here. */
  static List<ImportUnderTest> products(int batch) {
    return List.of(new BatchedUnwindImport(batch, "standin"), new ProductImport());
  }

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "dump" -> dump(Path.of(args[1]), Path.of(args[2]));
      case "measure" ->
          measure(
              Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      default -> throw new IllegalArgumentException("dump or measure");
    }
  }

  // ---------------------------------------------------------------- dump

  private static final String ORGANISATIONS =
      """
      MATCH (o:Organisation)
      OPTIONAL MATCH (o)-[:LOCATED_IN]->(m:Municipality)
      RETURN o.id AS id, o:Library AS library, o.name AS name, o.description AS description,
             o.sector AS sector, o.registrationNumber AS registrationNumber, o.email AS email,
             o.website AS website, o.phone AS phone, o.street AS street, o.postcode AS postcode,
             o.place AS place, m.id AS municipality,
             o.location.latitude AS latitude, o.location.longitude AS longitude,
             COLLECT { MATCH (o)-[:WORKS_ON]->(t:Topic) RETURN t.id } AS topics,
             COLLECT { MATCH (o)-[:REACHES]->(g:TargetGroup) RETURN g.id } AS targetGroups,
             COLLECT { MATCH (o)-[:COLLABORATES_WITH]->(p:Organisation) RETURN p.id } AS partners
      ORDER BY id
      """;

  static void dump(Path store, Path out) throws Exception {
    Path admin = out.resolve("admin");
    Files.createDirectories(admin);
    long t0 = System.nanoTime();
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, "127.0.0.1", freePort(), 256L << 20);
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
      CSVFormat csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
      long organisations = 0, located = 0, worksOn = 0, reaches = 0, collaborations = 0;
      Set<String> registrations = new HashSet<>();
      long duplicateRegistrations = 0;
      try (CSVPrinter table = printer(out.resolve("organisations.csv"), csv);
          CSVPrinter nodes = printer(admin.resolve("nodes-organisations.csv"), csv);
          CSVPrinter locatedIn = printer(admin.resolve("rels-located-in.csv"), csv);
          CSVPrinter works = printer(admin.resolve("rels-works-on.csv"), csv);
          CSVPrinter reach = printer(admin.resolve("rels-reaches.csv"), csv);
          CSVPrinter collab = printer(admin.resolve("rels-collaborates-with.csv"), csv)) {
        table.printRecord(
            (Object[])
                Stream.of(org.knooppunt.exchange.OrganisationColumn.values())
                    .map(org.knooppunt.exchange.OrganisationColumn::english)
                    .toArray(String[]::new));
        nodes.printRecord(
            "id:ID(Organisation)", ":LABEL", "name", "description", "sector", "registrationNumber",
            "email", "website", "phone", "street", "postcode", "place", "latitude:double",
            "longitude:double", "importKey");
        locatedIn.printRecord(":START_ID(Organisation)", ":END_ID(Municipality)", ":TYPE");
        works.printRecord(":START_ID(Organisation)", ":END_ID(Topic)", ":TYPE");
        reach.printRecord(":START_ID(Organisation)", ":END_ID(TargetGroup)", ":TYPE");
        collab.printRecord(":START_ID(Organisation)", ":END_ID(Organisation)", ":TYPE");
        var result = session.run(ORGANISATIONS);
        while (result.hasNext()) {
          Record r = result.next();
          String id = r.get("id").asString();
          String registration = text(r, "registrationNumber");
          if (!registration.isEmpty() && !registrations.add(registration)) {
            duplicateRegistrations++;
          }
          String municipality = text(r, "municipality");
          List<String> topics = r.get("topics").asList(v -> v.asString());
          List<String> groups = r.get("targetGroups").asList(v -> v.asString());
          List<String> partners = r.get("partners").asList(v -> v.asString());
          boolean library = r.get("library").asBoolean();
          String lat = r.get("latitude").isNull() ? "" : Double.toString(r.get("latitude").asDouble());
          String lon = r.get("longitude").isNull() ? "" : Double.toString(r.get("longitude").asDouble());
          table.printRecord(
              id, library ? "library" : "partner", text(r, "name"), text(r, "description"),
              text(r, "sector"), registration, text(r, "email"), text(r, "website"),
              text(r, "phone"), text(r, "street"), text(r, "postcode"), text(r, "place"),
              municipality, lat, lon, String.join("|", topics), String.join("|", groups),
              String.join("|", partners), "", "");
          String key =
              registration.isEmpty()
                  ? "csv:organisations.csv:" + id
                  : (registration.length() == 8 ? "kvk:" : "kbo:") + registration;
          nodes.printRecord(
              id, library ? "Organisation;Library" : "Organisation;Partner", text(r, "name"),
              text(r, "description"), text(r, "sector"), registration, text(r, "email"),
              text(r, "website"), text(r, "phone"), text(r, "street"), text(r, "postcode"),
              text(r, "place"), lat, lon, key);
          organisations++;
          if (!municipality.isEmpty()) {
            locatedIn.printRecord(id, municipality, "LOCATED_IN");
            located++;
          }
          for (String t : topics) {
            works.printRecord(id, t, "WORKS_ON");
            worksOn++;
          }
          for (String g : groups) {
            reach.printRecord(id, g, "REACHES");
            reaches++;
          }
          for (String p : partners) {
            collab.printRecord(id, p, "COLLABORATES_WITH");
            collaborations++;
          }
        }
      }
      long municipalities =
          reference(session, admin.resolve("nodes-municipalities.csv"), csv,
              "MATCH (n:Municipality) RETURN n.id AS id, n.name AS name, n.population AS population ORDER BY id",
              "Municipality", true);
      long topics =
          reference(session, admin.resolve("nodes-topics.csv"), csv,
              "MATCH (n:Topic) RETURN n.id AS id, coalesce(n.name, n.nameNl, n.id) AS name ORDER BY id",
              "Topic", false);
      long groups =
          reference(session, admin.resolve("nodes-target-groups.csv"), csv,
              "MATCH (n:TargetGroup) RETURN n.id AS id, coalesce(n.name, n.nameNl, n.id) AS name ORDER BY id",
              "TargetGroup", false);
      print("dump.organisations", organisations);
      print("dump.municipalities", municipalities);
      print("dump.topics", topics);
      print("dump.targetGroups", groups);
      print("dump.locatedIn", located);
      print("dump.worksOn", worksOn);
      print("dump.reaches", reaches);
      print("dump.collaborations", collaborations);
      print("dump.duplicateRegistrations", duplicateRegistrations);
      print("dump.csv.bytes", Files.size(out.resolve("organisations.csv")));
      print("dump.seconds", seconds(t0));
    }
  }

  private static long reference(
      Session session, Path file, CSVFormat csv, String query, String label, boolean population)
      throws Exception {
    long n = 0;
    try (CSVPrinter p = printer(file, csv)) {
      if (population) {
        p.printRecord("id:ID(" + label + ")", ":LABEL", "name", "population:long");
      } else {
        p.printRecord("id:ID(" + label + ")", ":LABEL", "name");
      }
      for (Record r : session.run(query).list()) {
        if (population) {
          p.printRecord(
              r.get("id").asString(), label, text(r, "name"),
              r.get("population").isNull() ? "" : Long.toString(r.get("population").asLong()));
        } else {
          p.printRecord(r.get("id").asString(), label, text(r, "name"));
        }
        n++;
      }
    }
    return n;
  }

  private static CSVPrinter printer(Path file, CSVFormat format) throws Exception {
    BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new CSVPrinter(w, format);
  }

  private static String text(Record r, String key) {
    var v = r.get(key);
    return v.isNull() ? "" : v.asObject().toString();
  }

  // ---------------------------------------------------------------- measure

  static void measure(Path csvDir, Path work, int sample, int batch) throws Exception {
    Path csv = csvDir.resolve("organisations.csv");
    double same = bulkImports(csvDir, work);

    Path store = work.resolve("driver-store");
    deleteRecursively(store);
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, "127.0.0.1", freePort(), 512L << 20);
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      new Migrator(driver, "neo4j").migrate();
      Graph graph = new Graph(driver, "neo4j");
      graph.write(tx ->
          tx.run(
                  """
                  CREATE CONSTRAINT organisation_import_key IF NOT EXISTS
                  FOR (o:Organisation) REQUIRE o.importKey IS UNIQUE
                  """)
              .consume());
      // The store of the import tool, with the same graph as the product's, gets this schema.
      index(work.resolve("bulk-same"), schema(graph), "same", same);
      long[] reference = counts(graph);
      print("reference.nodes", reference[0]);
      print("reference.relationships", reference[1]);

      // In a method of its own: the sample's rows are garbage before the whole-file imports run,
      // so neither of those carries another's 400,000 parsed rows in its heap.
      single(graph, csv, sample, reference);
      clear(driver);

      for (ImportUnderTest product : products(batch)) {
        String p = product.label();
        System.gc();
        HeapWatch heap = new HeapWatch();
        long[] ticks = cpuTicks();
        long t = System.nanoTime();
        product.importFile(graph, csv);
        double s = seconds(t);
        steal(p, ticks);
        heap.stop();
        long[] after = counts(graph);
        print(p + ".seconds", s);
        print(p + ".nodes", after[0] - reference[0]);
        print(p + ".relationships", after[1] - reference[1]);
        print(p + ".nodes.per.second", (after[0] - reference[0]) / s);
        print(p + ".relationships.per.second", (after[1] - reference[1]) / s);
        print(p + ".heap.peak.mib", heap.peakUsed() >> 20);
        print(p + ".heap.live.max.mib", heap.maxAfterGc() >> 20);
        print(p + ".heap.max.mib", Runtime.getRuntime().maxMemory() >> 20);
        clear(driver);
      }
    }
  }

  /**
   * The import tool on the dumped files as they are, then on the product's graph; returns the
   * seconds of the latter.
   */
  private static double bulkImports(Path csvDir, Path work) throws Exception {
    bulk(csvDir.resolve("admin"), work.resolve("bulk"), "bulk");
    sameGraph(csvDir.resolve("admin"), work.resolve("admin-same"));
    return bulk(work.resolve("admin-same"), work.resolve("bulk-same"), "same");
  }

  /** One row per transaction: a sample, the collaborations among it, extrapolated. */
  private static void single(Graph graph, Path csv, int sample, long[] reference) throws Exception {
    BatchedUnwindImport.Rows rows = BatchedUnwindImport.read(csv);
    print("file.organisations", rows.organisations().size());
    print("file.collaborations", rows.collaborations().size());

    List<Map<String, Object>> orgSample = rows.organisations().subList(0, Math.min(sample, rows.organisations().size()));
    Set<Object> keys = new HashSet<>();
    orgSample.forEach(r -> keys.add(r.get("importKey")));
    List<Map<String, Object>> relSample = new ArrayList<>();
    for (Map<String, Object> r : rows.collaborations()) {
      if (relSample.size() < sample && keys.contains(r.get("from")) && keys.contains(r.get("to"))) {
        relSample.add(r);
      }
    }
    BatchedUnwindImport single = new BatchedUnwindImport(1, "single");
    long[] ticks = cpuTicks();
    long t = System.nanoTime();
    single.write(graph, csv.getFileName().toString(), orgSample, List.of());
    double orgSeconds = seconds(t);
    long[] afterOrgs = counts(graph);
    t = System.nanoTime();
    single.write(graph, csv.getFileName().toString(), List.of(), relSample);
    double relSeconds = seconds(t);
    steal("single", ticks);
    long[] afterRels = counts(graph);
    print("single.organisations", orgSample.size());
    print("single.organisations.seconds", orgSeconds);
    print("single.organisations.ms.per.row", 1000 * orgSeconds / orgSample.size());
    print("single.collaborations", relSample.size());
    print("single.collaborations.seconds", relSeconds);
    print("single.collaborations.ms.per.row", relSample.isEmpty() ? 0 : 1000 * relSeconds / relSample.size());
    long nodes = afterRels[0] - reference[0];
    long rels = afterRels[1] - reference[1];
    print("single.nodes", nodes);
    print("single.relationships", rels);
    double measured = orgSeconds + relSeconds;
    print("single.seconds", measured);
    print("single.nodes.per.second", nodes / measured);
    print("single.relationships.per.second", rels / measured);
    double whole =
        orgSeconds / orgSample.size() * rows.organisations().size()
            + (relSample.isEmpty() ? 0 : relSeconds / relSample.size() * rows.collaborations().size());
    print("single.extrapolated.seconds", whole);
    print("single.relationships.per.organisation.row", (double) (afterOrgs[1] - reference[1]) / orgSample.size());
  }

  /**
   * The offline bulk import: Neo4j's own import tool through its CLI, in a child JVM, given every
   * {@code nodes-*.csv} and {@code rels-*.csv} in {@code admin}; prints {@code NAME.seconds}, its
   * nodes and relationships (counted by opening the store) and their rates.
   */
  static double bulk(Path admin, Path home, String name) throws Exception {
    deleteRecursively(home);
    Files.createDirectories(home.resolve("conf"));
    Files.writeString(home.resolve("conf/neo4j.conf"), "");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g",
        "--enable-native-access=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow",
        // What the neo4j-admin launcher passes: the importer reaches into these packages.
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
        "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
        "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"),
        "org.neo4j.cli.AdminTool", "database", "import", "full"));
    try (Stream<Path> files = Files.list(admin)) {
      for (Path f : files.sorted().toList()) {
        String n = f.getFileName().toString();
        if (n.startsWith("nodes-")) {
          command.add("--nodes=" + f);
        } else if (n.startsWith("rels-")) {
          command.add("--relationships=" + f);
        }
      }
    }
    command.addAll(List.of("--threads=2", "--verbose", "neo4j"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(home.resolve("import.log").toFile());
    pb.environment().put("NEO4J_HOME", home.toAbsolutePath().toString());
    pb.environment().put("NEO4J_CONF", home.resolve("conf").toAbsolutePath().toString());
    long[] ticks = cpuTicks();
    long t = System.nanoTime();
    int exit = pb.start().waitFor();
    double s = seconds(t);
    steal(name, ticks);
    if (exit != 0) {
      throw new IllegalStateException("neo4j-admin import failed (" + exit + "), see " + home.resolve("import.log"));
    }
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, "127.0.0.1", freePort(), 128L << 20);
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      long[] c = counts(new Graph(driver, "neo4j"));
      print(name + ".seconds", s);
      print(name + ".nodes", c[0]);
      print(name + ".relationships", c[1]);
      print(name + ".nodes.per.second", c[0] / s);
      print(name + ".relationships.per.second", c[1] / s);
    }
    return s;
  }

  /** The schema a migrated store has: every index and constraint but the token lookups. */
  static List<String> schema(Graph graph) {
    return graph.read(tx -> {
      List<String> statements = new ArrayList<>();
      tx.run("SHOW CONSTRAINTS YIELD createStatement RETURN createStatement")
          .forEachRemaining(r -> statements.add(r.get(0).asString()));
      tx.run(
              """
              SHOW INDEXES YIELD type, owningConstraint, createStatement
              WHERE type <> 'LOOKUP' AND owningConstraint IS NULL
              RETURN createStatement
              """)
          .forEachRemaining(r -> statements.add(r.get(0).asString()));
      return statements;
    });
  }

  /**
   * Gives a bulk-imported store the product's schema and waits until every index is online:
   * what a store written by the import tool needs before the application can use it. Prints
   * {@code NAME.schema.seconds} and, for the import and this together, {@code NAME.total.*}.
   */
  static void index(Path home, List<String> statements, String name, double imported)
      throws Exception {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, "127.0.0.1", freePort(), 512L << 20);
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
      long[] ticks = cpuTicks();
      long t = System.nanoTime();
      for (String statement : statements) {
        session.run(statement).consume();
      }
      session.run("CALL db.awaitIndexes(3600)").consume();
      double s = seconds(t);
      steal(name + ".schema", ticks);
      long failed = session.run("SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*)")
          .single().get(0).asLong();
      if (failed > 0) {
        throw new IllegalStateException(failed + " indexes of " + home + " are not online");
      }
      long[] c = counts(new Graph(driver, "neo4j"));
      double total = s + imported;
      print(name + ".schema.statements", statements.size());
      print(name + ".schema.seconds", s);
      print(name + ".total.seconds", total);
      print(name + ".total.nodes.per.second", c[0] / total);
      print(name + ".total.relationships.per.second", c[1] / total);
    }
  }

  /**
   * The same graph as the product import writes, in neo4j-admin import format, derived from the
   * files in {@code admin}: organisations with every property the product gives them (the point
   * location instead of latitude and longitude, version, status, timestamps, provenance, a SHA-256
   * as import hash), one organisation per import key (the product merges the 95 duplicate
   * registration numbers), every relationship with the provenance the product gives it, SERVES
   * beside LOCATED_IN, and each collaborating pair once with its id, status, source and date.
   */
  static void sameGraph(Path admin, Path out) throws Exception {
    deleteRecursively(out);
    Files.createDirectories(out);
    for (String reference :
        List.of("nodes-municipalities.csv", "nodes-topics.csv", "nodes-target-groups.csv")) {
      Files.copy(admin.resolve(reference), out.resolve(reference));
    }
    CSVFormat csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    CSVFormat in = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    String now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    String job = java.util.UUID.randomUUID().toString();
    List<String> provenance = List.of("bench", now, "organisations.csv", now, "bench", job);
    List<String> provenanceHeader = List.of(
        "assertedBy", "assertedAt:datetime", "importedFrom", "importedAt:datetime", "importedBy",
        "importJob");
    Set<String> skipped = new HashSet<>();
    Set<String> keys = new HashSet<>();
    var sha = java.security.MessageDigest.getInstance("SHA-256");
    try (var reader = Files.newBufferedReader(admin.resolve("nodes-organisations.csv"));
        var parser = in.parse(reader);
        CSVPrinter nodes = printer(out.resolve("nodes-organisations.csv"), csv)) {
      nodes.printRecord(
          "id:ID(Organisation)", ":LABEL", "name", "description", "sector", "registrationNumber",
          "email", "website", "phone", "street", "postcode", "place", "location:point{crs:WGS-84}",
          "importKey", "version:long", "status", "demo:boolean", "createdAt:datetime", "createdBy",
          "lastReviewedAt:datetime", "updatedAt:datetime", "updatedBy", "importHash",
          "importedFrom", "importedAt:datetime", "importedBy", "importJob");
      for (var r : parser) {
        String id = r.get("id:ID(Organisation)");
        if (!keys.add(r.get("importKey"))) {
          skipped.add(id);
          continue;
        }
        String lat = r.get("latitude:double"), lon = r.get("longitude:double");
        String location =
            lat.isEmpty() || lon.isEmpty() ? "" : "{latitude:" + lat + ", longitude:" + lon + "}";
        String hash = java.util.HexFormat.of().formatHex(
            sha.digest(String.join("\u001f", r.toList()).getBytes(StandardCharsets.UTF_8)));
        nodes.printRecord(
            id, r.get(":LABEL"), r.get("name"), r.get("description"), r.get("sector"),
            r.get("registrationNumber"), r.get("email"), r.get("website"), r.get("phone"),
            r.get("street"), r.get("postcode"), r.get("place"), location, r.get("importKey"), "1",
            "active", "false", now, "bench", now, now, "bench", hash, "organisations.csv", now,
            "bench", job);
      }
    }
    same(admin.resolve("rels-located-in.csv"), out.resolve("rels-located-in.csv"), csv, in,
        skipped, provenanceHeader, provenance, null);
    same(admin.resolve("rels-located-in.csv"), out.resolve("rels-serves.csv"), csv, in,
        skipped, provenanceHeader, provenance, "SERVES");
    same(admin.resolve("rels-works-on.csv"), out.resolve("rels-works-on.csv"), csv, in,
        skipped, provenanceHeader, provenance, null);
    same(admin.resolve("rels-reaches.csv"), out.resolve("rels-reaches.csv"), csv, in,
        skipped, provenanceHeader, provenance, null);
    Set<String> pairs = new HashSet<>();
    try (var reader = Files.newBufferedReader(admin.resolve("rels-collaborates-with.csv"));
        var parser = in.parse(reader);
        CSVPrinter rels = printer(out.resolve("rels-collaborates-with.csv"), csv)) {
      List<String> header = new ArrayList<>(List.of(
          ":START_ID(Organisation)", ":END_ID(Organisation)", ":TYPE", "id", "status", "source",
          "since:date"));
      header.addAll(provenanceHeader);
      rels.printRecord(header);
      for (var r : parser) {
        String a = r.get(0), b = r.get(1);
        if (skipped.contains(a) || skipped.contains(b) || a.equals(b)
            || !pairs.add(a.compareTo(b) < 0 ? a + b : b + a)) {
          continue;
        }
        List<String> row = new ArrayList<>(List.of(
            a, b, "COLLABORATES_WITH", java.util.UUID.randomUUID().toString(), "confirmed",
            "import", today));
        row.addAll(provenance);
        rels.printRecord(row);
      }
    }
  }

  /** One relationship file of {@link #sameGraph}: provenance added, another type if given. */
  private static void same(
      Path from, Path to, CSVFormat csv, CSVFormat in, Set<String> skipped,
      List<String> provenanceHeader, List<String> provenance, String type) throws Exception {
    try (var reader = Files.newBufferedReader(from);
        var parser = in.parse(reader);
        CSVPrinter rels = printer(to, csv)) {
      List<String> header = new ArrayList<>(parser.getHeaderNames());
      header.addAll(provenanceHeader);
      rels.printRecord(header);
      for (var r : parser) {
        if (skipped.contains(r.get(0))) {
          continue;
        }
        List<String> row = new ArrayList<>(r.toList());
        if (type != null) {
          row.set(2, type);
        }
        row.addAll(provenance);
        rels.printRecord(row);
      }
    }
  }

  private static long[] counts(Graph graph) {
    return graph.read(tx -> {
      Record r =
          tx.run("RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS rels").single();
      return new long[] {r.get("nodes").asLong(), r.get("rels").asLong()};
    });
  }

  private static void clear(Driver driver) {
    try (var session = driver.session(SessionConfig.forDatabase("neo4j"))) {
      session.run(
              "MATCH (o:Organisation) CALL (o) { DETACH DELETE o } IN TRANSACTIONS OF 5000 ROWS")
          .consume();
    }
  }

  /** Peak heap in use while it runs: sampled every 10 ms, and the largest heap left after a GC. */
  static final class HeapWatch {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;
    private final List<Runnable> unsubscribe = new ArrayList<>();

    HeapWatch() {
      var memory = ManagementFactory.getMemoryMXBean();
      for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        NotificationEmitter emitter = (NotificationEmitter) gc;
        javax.management.NotificationListener listener =
            (n, h) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                    .mapToLong(MemoryUsage::getUsed).sum();
                afterGc.accumulateAndGet(used, Math::max);
              }
            };
        emitter.addNotificationListener(listener, null, null);
        unsubscribe.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (Exception ignored) {
            // already gone
          }
        });
      }
      sampler = new Thread(() -> {
        while (running) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      sampler.start();
    }

    void stop() throws InterruptedException {
      running = false;
      sampler.join();
      unsubscribe.forEach(Runnable::run);
    }

    long peakUsed() {
      return peak.get();
    }

    long maxAfterGc() {
      return afterGc.get();
    }
  }

  /** The CPU time stolen by the hypervisor so far and all CPU time, in ticks (/proc/stat). */
  static long[] cpuTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length && i <= 8; i++) {
        total += Long.parseLong(f[i]);
      }
      return new long[] {f.length > 8 ? Long.parseLong(f[8]) : 0, total};
    } catch (Exception e) {
      return new long[] {0, 0};
    }
  }

  /** Prints NAME.steal.percent: the share of all CPU time stolen since {@code before}. */
  static void steal(String name, long[] before) {
    long[] now = cpuTicks();
    long total = now[1] - before[1];
    print(name + ".steal.percent", total <= 0 ? 0.0 : 100.0 * (now[0] - before[0]) / total);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void print(String name, Object value) {
    String v =
        value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(value);
    System.out.println(name + "=" + v);
  }
}
