package org.knooppunt.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.exchange.OrganisationExport.Format;
import org.knooppunt.organisation.OrganisationFilter;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Issue 6 §4: an organisation list exported as CSV or Excel and imported into an empty database
 * gives the same graph — every column the table carries, the confirmed collaborations, and every
 * taalnetwerk membership with its roles (an organisation in two networks included).
 */
class OrganisationRoundTripTest {

  private static final Account ADMIN =
      new Account("a", "admin", "Admin", Set.of(Role.ADMIN), "nl", null, null, List.of());

  private static final String TAALNETWERKEN =
      """
      CREATE (:Taalnetwerk {id: 'tn-1', name: 'Taalnetwerk Utrecht'})
      CREATE (:Taalnetwerk {id: 'tn-2', name: 'Taalnetwerk Zeist'})
      CREATE (:Taalnetwerk {id: 'tn-3', name: 'Taalnetwerk Oost'})
      """;

  @TempDir Path tmp;

  private ImportJobService service;
  private OrganisationExport export;

  @BeforeEach
  void setUp() {
    TestGraph.wipe();
    service =
        TestImports.service(
            tmp.resolve("jobs"), new CsvOrganisationReader(), new XlsxOrganisationReader());
    export =
        new OrganisationExport(
            TestGraph.graph(), new OrganisationExportRepository(), Clock.systemUTC());
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    TAALNETWERKEN
                        + """
                        WITH 1 AS one
                        MATCH (m:Municipality {id: 'GM0344'}), (z:Municipality {id: 'GM0355'})
                        MATCH (tn1:Taalnetwerk {id: 'tn-1'}), (tn2:Taalnetwerk {id: 'tn-2'}),
                              (tn3:Taalnetwerk {id: 'tn-3'})
                        CREATE (l:Organisation:Library {id: 'org-l', name: 'Bibliotheek Test',
                                sector: 'bibliotheek', registrationNumber: '12345678',
                                street: 'Lijnbaan 1', postcode: '3512 AA', place: 'Utrecht',
                                status: 'active', location: point({latitude: 52.09, longitude: 5.12})})
                        CREATE (l)-[:LOCATED_IN]->(m)
                        CREATE (p:Organisation:Partner {id: 'org-p', name: '=Taalcafé Oost',
                                description: 'Koffie & <b>taal</b>; ook "thee" | soep',
                                sector: 'welzijn', email: 'info@taalcafe.example',
                                website: 'https://taalcafe.example', phone: '+31 30 123 45 67',
                                street: 'Oostweg 9', postcode: '3701 CH', place: 'Zeist',
                                status: 'active'})
                        CREATE (p)-[:LOCATED_IN]->(z)
                        CREATE (q:Organisation:Partner {id: 'org-q', name: 'Buurthuis Q',
                                sector: 'welzijn', status: 'active'})
                        CREATE (q)-[:LOCATED_IN]->(m)
                        WITH l, p, q, tn1, tn2, tn3
                        MATCH (t:Topic {id: 'taalvaardigheid'}), (t2:Topic {id: 'nederlands-oefenen'}),
                              (g:TargetGroup {id: 'senioren'})
                        CREATE (l)-[:WORKS_ON]->(t), (l)-[:REACHES]->(g), (p)-[:WORKS_ON]->(t),
                               (p)-[:WORKS_ON]->(t2), (q)-[:REACHES]->(g)
                        CREATE (l)-[:COLLABORATES_WITH {id: randomUUID(), status: 'confirmed'}]->(p)
                        CREATE (q)-[:COLLABORATES_WITH {id: randomUUID(), status: 'confirmed'}]->(p)
                        CREATE (p)-[:MEMBER_OF {roles: ['faciliteren', 'programmeren']}]->(tn1)
                        CREATE (p)-[:MEMBER_OF {roles: ['regisseren']}]->(tn2)
                        CREATE (p)-[:MEMBER_OF {roles: []}]->(tn3)
                        CREATE (l)-[:MEMBER_OF {roles: ['intermediëren']}]->(tn2)
                        CREATE (q)-[:MEMBER_OF {roles: ['programmeren']}]->(tn1)
                        CREATE (q)-[:MEMBER_OF {roles: ['programmeren']}]->(tn3)
                        """)
                .consume());
  }

  @Test
  void dutchCsvImportsBackIntoTheSameGraph() throws IOException {
    roundTrip(Format.CSV, Messages.DUTCH, "organisaties.csv");
  }

  @Test
  void englishExcelImportsBackIntoTheSameGraph() throws IOException {
    roundTrip(Format.XLSX, Messages.ENGLISH, "organisations.xlsx");
  }

  private void roundTrip(Format format, Locale locale, String name) throws IOException {
    List<String> before = dump();
    assertTrue(
        before.stream().anyMatch(l -> l.contains("Taalnetwerk Zeist:regisseren+")),
        "the fixture has an organisation in three networks");
    assertTrue(
        before.stream().anyMatch(l -> l.startsWith("=Taalcafé Oost") && l.contains("tel=+31")),
        "and cells an export defuses against formulas");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.select(ADMIN, OrganisationFilter.NONE, locale).write(format, out);
    Path file = Files.write(tmp.resolve(name), out.toByteArray());

    TestGraph.wipe();
    TestGraph.graph().write(tx -> tx.run(TAALNETWERKEN).consume());
    ImportJobService.Preview preview;
    try (InputStream in = Files.newInputStream(file)) {
      preview = service.preview(ADMIN, name, in, Map.of(), locale);
    }
    assertEquals(List.of(), preview.problems());
    var job = service.start(ADMIN, preview.jobId(), locale);

    assertEquals("done", job.status());
    assertEquals(3, job.created());
    assertEquals(0, job.rejected(), job.rejectedRows().toString());
    assertEquals(String.join("\n", before), String.join("\n", dump()));

    var again = service.start(ADMIN, preview(name, file, locale), locale);
    assertEquals(0, again.created() + again.updated(), "the same file again changes nothing");
    assertEquals(3, again.unchanged());
    assertEquals(String.join("\n", before), String.join("\n", dump()));
  }

  private String preview(String name, Path file, Locale locale) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return service.preview(ADMIN, name, in, Map.of(), locale).jobId();
    }
  }

  /** Everything the canonical table carries, one sorted line per organisation. */
  private static List<String> dump() {
    return TestGraph.graph()
        .read(tx ->
            tx
                .run(
                    """
                    MATCH (o:Organisation)
                    RETURN o.name + ' library=' + (o:Library) + ' partner=' + (o:Partner)
                      + ' sector=' + coalesce(o.sector, '-')
                      + ' kvk=' + coalesce(o.registrationNumber, '-')
                      + ' about=' + coalesce(o.description, '-')
                      + ' mail=' + coalesce(o.email, '-') + ' web=' + coalesce(o.website, '-')
                      + ' tel=' + coalesce(o.phone, '-')
                      + ' at=' + coalesce(o.street, '-') + '/' + coalesce(o.postcode, '-')
                      + '/' + coalesce(o.place, '-') + ' point=' + coalesce(toString(o.location), '-')
                      + ' in=' + reduce(x = '', y IN COLLECT { MATCH (o)-[:LOCATED_IN]->(m) RETURN m.id ORDER BY m.id } | x + y + ',')
                      + ' topics=' + reduce(x = '', y IN COLLECT { MATCH (o)-[:WORKS_ON]->(t) RETURN t.id ORDER BY t.id } | x + y + ',')
                      + ' groups=' + reduce(x = '', y IN COLLECT { MATCH (o)-[:REACHES]->(t) RETURN t.id ORDER BY t.id } | x + y + ',')
                      + ' with=' + reduce(x = '', y IN COLLECT { MATCH (o)-[c:COLLABORATES_WITH]-(other)
                                                      RETURN other.name + ':' + c.status ORDER BY other.name } | x + y + ',')
                      + ' member=' + reduce(x = '', y IN COLLECT { MATCH (o)-[r:MEMBER_OF]->(n)
                                                        RETURN n.name + ':' + reduce(acc = '', role IN r.roles | acc + role + '+')
                                                        ORDER BY n.name } | x + y + ',')
                      AS line
                    """)
                .list(r -> r.get("line").asString())
                .stream()
                .sorted()
                .toList());
  }
}
