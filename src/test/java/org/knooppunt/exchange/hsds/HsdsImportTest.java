package org.knooppunt.exchange.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.exchange.ImportJobService;
import org.knooppunt.exchange.ImportReader;
import org.knooppunt.exchange.TestImports;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * The official HSDS 3.0 examples and Knooppunt's own HSDS export, imported end to end into the
 * graph: organisations with their locations as branches and their services, provenance on all of
 * it, a re-run that changes nothing, and the HSDS 1.x refusal that writes nothing.
 */
class HsdsImportTest {

  static final String ORG = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
  static final String LOCATION = "3a19ff88-4620-4d17-9830-ac1d859eb5d5";
  static final String SERVICE = "ac148810-d857-441c-9679-408f346de14b";

  private static final Account ADMIN =
      new Account("a", "admin", "Admin", Set.of(Role.ADMIN), "nl", null, null, List.of());

  @TempDir Path tmp;

  private ImportJobService service;

  @BeforeEach
  void setUp() {
    TestGraph.wipe();
    service =
        TestImports.service(tmp.resolve("jobs"), new HsdsDatapackageReader(), new HsdsJsonReader());
  }

  private Path zipDir(Path dir) throws IOException {
    Path zip = Files.createTempFile(tmp, "pkg", ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        out.putNextEntry(new ZipEntry(f.getFileName().toString()));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return zip;
  }

  private ImportJobService.Preview preview(String name, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return service.preview(ADMIN, name, in, Map.of(), Locale.ENGLISH);
    }
  }

  private ImportJobService.Job run(String name, Path file) throws IOException {
    var preview = preview(name, file);
    return service.start(ADMIN, preview.jobId(), Locale.ENGLISH);
  }

  static long count(String cypher, Map<String, Object> params) {
    return TestGraph.graph().read(tx -> tx.run(cypher, params).single().get(0).asLong());
  }

  static long count(String cypher) {
    return count(cypher, Map.of());
  }

  @Test
  void officialCsvExamplesImportCleanlyAndARerunChangesNothing() throws IOException {
    Path zip = zipDir(HsdsReaderTest.resource("3.0/csv"));

    var preview = preview("examples.zip", zip);
    assertEquals(0, preview.rejected(), preview.problems().toString());
    assertTrue(
        preview.problems().stream().allMatch(p -> ImportReader.isWarning(p.key())),
        preview.problems().toString());
    assertTrue(
        preview.problems().stream()
            .anyMatch(p -> p.key().equals("exchange.problem.municipalityNotMatched")),
        "a US address is reported as outside the country");
    var job = service.start(ADMIN, preview.jobId(), Locale.ENGLISH);

    assertEquals("done", job.status());
    assertEquals(1, job.created());
    assertEquals(0, job.rejected());
    assertEquals(List.of(), job.rejectedRows());
    String jobId = job.id();
    Map<String, Object> p = Map.of("job", jobId);
    assertEquals(
        1,
        count(
            """
            MATCH (o:Organisation:Partner {importKey: 'hsds:d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
                   name: 'Example Organization Inc.'})
                  -[h:HAS_BRANCH]->(b:Branch {importKey: 'hsds:location:3a19ff88-4620-4d17-9830-ac1d859eb5d5',
                   name: 'MyCity Civic Center', street: '1-30 Main Street', postcode: 'ABC 1234',
                   place: 'MyCity'})
            MATCH (o)-[f:OFFERS]->(s:Service {importKey: 'hsds:service:ac148810-d857-441c-9679-408f346de14b',
                   name: 'Community Counselling'})-[a:AT]->(b)
            WHERE b.id IS NOT NULL AND s.id IS NOT NULL AND b.location IS NULL
              AND all(x IN [o, b, s, h, f, a] WHERE x.importJob = $job
                      AND x.importedFrom = 'examples.zip' AND x.importedBy = 'admin'
                      AND x.importedAt IS NOT NULL)
            RETURN count(*)
            """,
            p));
    assertEquals(
        0,
        count(
            "MATCH (n)-[:LOCATED_IN]->(:Municipality) WHERE n.importJob = $job RETURN count(*)", p),
        "outside the country: no municipality");

    var again = run("examples.zip", zip);
    assertEquals("done", again.status());
    assertEquals(0, again.created());
    assertEquals(0, again.updated());
    assertEquals(1, again.unchanged());
    assertEquals(1, count("MATCH (b:Branch) RETURN count(b)"));
    assertEquals(1, count("MATCH (s:Service) RETURN count(s)"));
  }

  @Test
  void officialJsonExampleImportsItsOrganisationLocationAndService() throws IOException {
    var job =
        run("organization_full.json", HsdsReaderTest.resource("3.0/json/organization_full.json"));

    assertEquals("done", job.status());
    assertEquals(1, job.created());
    assertEquals(0, job.rejected());
    assertEquals(
        1,
        count(
            """
            MATCH (o:Organisation {importKey: 'hsds:' + $org})-[:HAS_BRANCH]->
                  (b:Branch {importKey: 'hsds:location:' + $location, name: 'MyCity Civic Center'})
            MATCH (o)-[:OFFERS]->(s:Service {importKey: 'hsds:service:' + $service})
            WHERE s.importJob = $job AND b.importJob = $job
            RETURN count(*)
            """,
            Map.of("org", ORG, "location", LOCATION, "service", SERVICE, "job", job.id())));
  }

  @Test
  void hsds11PackageIsRefusedAndNothingIsWritten() throws IOException {
    var preview = preview("old.zip", zipDir(HsdsReaderTest.resource("1.1")));

    assertTrue(preview.fileRejected());
    assertEquals(HsdsDatapackageReader.VERSION_KEY, preview.problems().getFirst().key());
    assertEquals(
        0, count("MATCH (n) WHERE n:Organisation OR n:Branch OR n:Service RETURN count(n)"));
  }

  /** A canonical dump of organisations, branches, services and their edges; no ids. */
  static List<String> dump() {
    return TestGraph.graph()
        .read(tx ->
            tx
                .run(
                    """
                    MATCH (o:Organisation)
                    RETURN o.name + ' kvk=' + coalesce(o.registrationNumber, '-')
                      + ' at=' + coalesce(o.street, '-') + '/' + coalesce(o.postcode, '-')
                      + '/' + coalesce(o.place, '-') + ' point=' + coalesce(toString(o.location), '-')
                      + ' in=' + coalesce(COLLECT { MATCH (o)-[:LOCATED_IN]->(m) RETURN m.id }[0], '-')
                      + ' topics=' + reduce(x = '', y IN COLLECT { MATCH (o)-[:WORKS_ON]->(t) RETURN t.id ORDER BY t.id } | x + y + ',')
                      + ' groups=' + reduce(x = '', y IN COLLECT { MATCH (o)-[:REACHES]->(t) RETURN t.id ORDER BY t.id } | x + y + ',')
                      + ' with=' + reduce(x = '', y IN COLLECT { MATCH (o)-[c:COLLABORATES_WITH]->(other)
                                                      RETURN other.name + ':' + c.status ORDER BY other.name } | x + y + ',')
                      + ' member=' + reduce(x = '', y IN COLLECT { MATCH (o)-[r:MEMBER_OF]->(n)
                                                        RETURN n.name + ':' + reduce(acc = '', role IN r.roles | acc + role + '+') } | x + y + ',')
                      AS line
                    UNION ALL
                    MATCH (o:Organisation)-[:HAS_BRANCH]->(b:Branch)
                    RETURN '  branch of ' + o.name + ': ' + b.name + ' ' + coalesce(b.street, '-')
                      + '/' + coalesce(b.postcode, '-') + '/' + coalesce(b.place, '-')
                      + ' point=' + coalesce(toString(b.location), '-')
                      + ' in=' + coalesce(COLLECT { MATCH (b)-[:LOCATED_IN]->(m) RETURN m.id }[0], '-')
                      AS line
                    UNION ALL
                    MATCH (o:Organisation)-[:OFFERS]->(s:Service)
                    RETURN '  service of ' + o.name + ': ' + s.name + ' ' + coalesce(s.description, '-')
                      + ' topics=' + reduce(x = '', y IN COLLECT { MATCH (s)-[:WORKS_ON]->(t) RETURN t.id ORDER BY t.id } | x + y + ',')
                      + ' groups=' + reduce(x = '', y IN COLLECT { MATCH (s)-[:REACHES]->(t) RETURN t.id ORDER BY t.id } | x + y + ',')
                      + ' at=' + reduce(x = '', y IN COLLECT { MATCH (s)-[:AT]->(b) RETURN b.name ORDER BY b.name } | x + y + ',')
                      AS line
                    """)
                .list(r -> r.get("line").asString())
                .stream()
                .sorted()
                .toList());
  }

  @Test
  void knooppuntsOwnExportImportsBackIntoTheSameGraph() throws IOException {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (m:Municipality {id: 'GM0344'}), (z:Municipality {id: 'GM0355'})
                    CREATE (l:Organisation:Library {id: randomUUID(), name: 'Bibliotheek Test',
                            registrationNumber: '12345678', street: 'Lijnbaan 1',
                            postcode: '3512 AA', place: 'Utrecht', status: 'active',
                            location: point({latitude: 52.09, longitude: 5.12})})
                    CREATE (l)-[:LOCATED_IN]->(m)
                    CREATE (p:Organisation:Partner {id: randomUUID(), name: 'Taalcafé Oost',
                            description: 'Koffie & <b>taal</b>', street: 'Oostweg 9',
                            postcode: '3701 CH', place: 'Zeist', status: 'active'})
                    CREATE (p)-[:LOCATED_IN]->(z)
                    CREATE (b1:Branch {id: randomUUID(), name: 'Vestiging Oost', street: 'Oostweg 2',
                            postcode: '3561 KA', place: 'Utrecht', status: 'active',
                            location: point({latitude: 52.11, longitude: 5.11})})
                    CREATE (b2:Branch {id: randomUUID(), name: 'Vestiging Zeist', street: 'Slot 1',
                            postcode: '3701 AB', place: 'Zeist', status: 'active'})
                    CREATE (pb:Branch {id: randomUUID(), name: 'Taalcafé in de wijk',
                            street: 'Wijkweg 3', postcode: '3702 AA', place: 'Zeist',
                            status: 'active'})
                    CREATE (l)-[:HAS_BRANCH]->(b1), (b1)-[:LOCATED_IN]->(m)
                    CREATE (l)-[:HAS_BRANCH]->(b2), (b2)-[:LOCATED_IN]->(z)
                    CREATE (p)-[:HAS_BRANCH]->(pb), (pb)-[:LOCATED_IN]->(z)
                    CREATE (s1:Service {id: randomUUID(), name: 'Taalspreekuur',
                            description: 'Hulp bij lezen'})
                    CREATE (s2:Service {id: randomUUID(), name: 'Voorleesuur'})
                    CREATE (s3:Service {id: randomUUID(), name: 'Oefenen met praten'})
                    CREATE (l)-[:OFFERS]->(s1), (s1)-[:AT]->(b1), (s1)-[:AT]->(b2)
                    CREATE (l)-[:OFFERS]->(s2)
                    CREATE (p)-[:OFFERS]->(s3), (s3)-[:AT]->(pb)
                    WITH l, p, s1, s3
                    MATCH (t:Topic {id: 'taalvaardigheid'}), (g:TargetGroup {id: 'senioren'})
                    CREATE (l)-[:WORKS_ON]->(t), (l)-[:REACHES]->(g), (s1)-[:WORKS_ON]->(t),
                           (s3)-[:REACHES]->(g), (p)-[:WORKS_ON]->(t)
                    CREATE (l)-[:COLLABORATES_WITH {id: randomUUID(), status: 'confirmed'}]->(p)
                    CREATE (n:Taalnetwerk {id: 'TN', name: 'Taalnetwerk Test'})
                    CREATE (p)-[:MEMBER_OF {roles: ['faciliteren', 'programmeren']}]->(n)
                    """)
                .consume());
    // Whether an organisation is a library is not in HSDS: that is compared apart, below.
    List<String> before = dump();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HsdsExporter(new HsdsExportRepository(TestGraph.graph())).writeDatapackage(out);
    Path zip = tmp.resolve("export.zip");
    Files.write(zip, out.toByteArray());

    TestGraph.wipe();
    TestGraph.graph()
        .write(
            tx -> tx.run("CREATE (:Taalnetwerk {id: 'TN', name: 'Taalnetwerk Test'})").consume());
    var job = run("export.zip", zip);

    assertEquals("done", job.status());
    assertEquals(2, job.created());
    assertEquals(0, job.rejected(), job.rejectedRows().toString());
    assertEquals(String.join("\n", before), String.join("\n", dump()));
    assertEquals(
        3,
        count("MATCH (b:Branch) WHERE b.importKey STARTS WITH 'hsds:location:' RETURN count(b)"));
    assertEquals(
        0,
        count("MATCH (o:Library) RETURN count(o)"),
        "HSDS does not say which organisation is a library; an import makes partners");
  }
}
