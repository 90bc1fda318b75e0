package org.knooppunt.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * The whole pipeline from an uploaded CSV to the graph, synchronously (the executor runs the job in
 * the calling thread): counts, idempotence, provenance, refusals and who may overwrite what.
 */
class ImportPipelineTest {

  @TempDir Path temp;

  private static final Account ADMIN =
      new Account("a", "admin", "Admin", Set.of(Role.ADMIN), "nl", null, null, List.of());
  private static final Account BIB =
      new Account("b", "bib", "Bib", Set.of(Role.LIBRARIAN), "nl", "L", null, List.of());
  private static final Account PARTNER =
      new Account("p", "pa", "Pa", Set.of(Role.PARTNER), "nl", "P", null, List.of());

  private ImportJobService service;

  private static final String FILE =
      """
      id,kind,name,sector,kvk_kbo,municipality,postcode,topics,target_groups,collaborates_with,taalnetwerk,taalnetwerk_roles
      b1,library,Bieb Noord,,,GM0344,,leesbevordering,,,,
      p1,partner,Welzijn Oost,welzijn,12345678,Utrecht,,Mediawijsheid,laaggeletterden,b1|Bestaande Partner,TN,faciliteren|regisseren
      p2,partner,<b>Taal</b> & Co,onderwijs,,,3511 AB,,,,,
      p3,partner,Nergens,welzijn,,Atlantis,,,,,,
      """;

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (m:Municipality {id: 'GM0344'})
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb', version: 1, postcode: '3511 CD'})-[:LOCATED_IN]->(m)
                    CREATE (x:Organisation:Partner {id: 'X', name: 'Bestaande Partner', version: 1})-[:LOCATED_IN]->(m)
                    CREATE (p:Organisation:Partner {id: 'P', name: 'Geclaimd', version: 1,
                            importKey: 'csv:c.csv:c1', importHash: 'old'})-[:LOCATED_IN]->(m)
                    CREATE (:Account {id: 'acc', username: 'pa', roles: ['partner']})-[:ACTS_FOR]->(p)
                    CREATE (:Taalnetwerk {id: 'TN', name: 'Taalnetwerk Utrecht'})
                    """)
                .consume());
    service = TestImports.service(temp, new CsvOrganisationReader());
  }

  private ImportJobService.Preview preview(Account who, String name, String text) {
    return service.preview(
        who,
        name,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        Map.of(),
        Locale.ENGLISH);
  }

  private ImportJobService.Job run(Account who, String name, String text) {
    var preview = preview(who, name, text);
    return service.start(who, preview.jobId(), Locale.ENGLISH);
  }

  private static long count(String cypher) {
    return TestGraph.graph().read(tx -> tx.run(cypher).single().get(0).asLong());
  }

  @Test
  void previewCountsAndWritesNothing() {
    var preview = preview(ADMIN, "f.csv", FILE);
    assertEquals(4, preview.rows());
    assertEquals(3, preview.wouldCreate());
    assertEquals(1, preview.rejected());
    assertEquals(
        List.of("exchange.problem.unknownMunicipality"),
        preview.problems().stream().map(ImportJobService.Problem::key).toList());
    assertEquals(5, preview.problems().getFirst().line());
    assertEquals(0, count("MATCH (o:Organisation) WHERE o.importJob IS NOT NULL RETURN count(o)"));
  }

  @Test
  void importsCountsAndARerunChangesNothing() {
    var job = run(ADMIN, "f.csv", FILE);
    assertEquals("done", job.status());
    assertEquals(3, job.created());
    assertEquals(0, job.updated());
    assertEquals(1, job.rejected());
    assertEquals(100, job.percent());
    // The postcode fallback: p2 names no municipality; the library with postcode 3511 is in GM0344.
    assertEquals(
        1,
        count(
            "MATCH (:Partner {name: '<b>Taal</b> & Co'})-[:LOCATED_IN]->(:Municipality {id: 'GM0344'}) RETURN count(*)"));
    assertEquals(
        1,
        count(
            "MATCH (o:Library {importKey: 'csv:f.csv:b1'})-[:LOCATED_IN]->(:Municipality {id: 'GM0344'}) RETURN count(o)"));
    assertEquals(
        1,
        count(
            "MATCH (o:Partner {importKey: 'kvk:12345678'})-[:WORKS_ON]->(:Topic {id: 'mediawijsheid'}) RETURN count(o)"));
    assertEquals(
        1,
        count(
            "MATCH (:Organisation {importKey: 'kvk:12345678'})-[r:MEMBER_OF]->(:Taalnetwerk {id: 'TN'}) WHERE r.roles = ['faciliteren', 'regisseren'] RETURN count(r)"));
    assertEquals(
        2,
        count(
            "MATCH (:Organisation {importKey: 'kvk:12345678'})-[r:COLLABORATES_WITH {status: 'confirmed', source: 'import'}]-() RETURN count(r)"));
    assertEquals(0, count("MATCH (o:Organisation {name: 'Nergens'}) RETURN count(o)"));
    long nodes = count("MATCH (n) WHERE NOT n:AuditEntry RETURN count(n)");
    long rels = count("MATCH ()-[r]->() RETURN count(r)");

    var again = run(ADMIN, "f.csv", FILE);
    assertEquals("done", again.status());
    assertEquals(0, again.created());
    assertEquals(0, again.updated());
    assertEquals(3, again.unchanged());
    // Only the second job node is new (besides its audit entries).
    assertEquals(nodes + 1, count("MATCH (n) WHERE NOT n:AuditEntry RETURN count(n)"));
    assertEquals(rels, count("MATCH ()-[r]->() RETURN count(r)"));
  }

  @Test
  void aChangedRowIsAnUpdate() {
    run(ADMIN, "f.csv", FILE);
    var job = run(ADMIN, "f.csv", FILE.replace("Welzijn Oost", "Welzijn Oost-Utrecht"));
    assertEquals(0, job.created());
    assertEquals(1, job.updated());
    assertEquals(
        1,
        count("MATCH (o:Organisation {name: 'Welzijn Oost-Utrecht', version: 2}) RETURN count(o)"));
  }

  @Test
  void aMembershipTheFileNoLongerNamesIsRemovedAndAHandMadeOneStays() {
    run(ADMIN, "f.csv", FILE);
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (o:Organisation {importKey: 'kvk:12345678'})
                    CREATE (o)-[:MEMBER_OF {roles: ['programmeren']}]->
                           (:Taalnetwerk {id: 'TN2', name: 'Met de hand'})
                    """)
                .consume());
    String member = "MATCH (:Organisation {importKey: 'kvk:12345678'})-[r:MEMBER_OF]->(n) ";

    var job = run(ADMIN, "f.csv", FILE.replace(",TN,faciliteren|regisseren", ",,"));
    assertEquals(1, job.updated());
    assertEquals(0, count(member + "WHERE n.id = 'TN' RETURN count(r)"));
    assertEquals(1, count(member + "WHERE n.id = 'TN2' RETURN count(r)"), "not the import's");

    run(ADMIN, "f.csv", FILE.replace(",TN,faciliteren|regisseren", ",TN|TN2,faciliteren;"));
    assertEquals(
        List.of("TN2:", "TN:faciliteren"),
        TestGraph.graph()
            .read(tx ->
                tx.run(
                        member
                            + "RETURN n.id + ':' + reduce(s = '', x IN r.roles | s + x) AS m"
                            + " ORDER BY m")
                    .list(r -> r.get("m").asString())),
        "the file now names both; it holds the roles of both");
  }

  @Test
  void provenanceIsOnEveryNodeAndRelationTheImportTouched() {
    var job = run(ADMIN, "f.csv", FILE);
    assertEquals(
        0,
        count(
            """
            MATCH (o:Organisation) WHERE o.importKey STARTS WITH 'csv:f.csv' OR o.importKey = 'kvk:12345678'
            OPTIONAL MATCH (o)-[r]-(other) WHERE NOT other:Account
            WITH o, r
            WHERE o.importedFrom <> 'f.csv' OR o.importedBy <> 'admin' OR o.importJob IS NULL
               OR o.importedAt IS NULL
               OR (r IS NOT NULL AND (r.importedFrom <> 'f.csv' OR r.importedBy <> 'admin'
                   OR r.importJob IS NULL OR r.importedAt IS NULL))
            RETURN count(*)
            """));
    assertEquals(
        3, count("MATCH (o:Organisation {importJob: '" + job.id() + "'}) RETURN count(o)"));
  }

  @Test
  void scriptInANameIsStoredAsText() {
    run(ADMIN, "f.csv", FILE);
    assertEquals(1, count("MATCH (o:Organisation {name: '<b>Taal</b> & Co'}) RETURN count(o)"));
  }

  @Test
  void aLibrarianCannotImportLibrariesNorOverwriteAClaimedProfile() {
    String file =
        """
        id,kind,name,sector,municipality
        b1,library,Bieb Noord,,GM0344
        c1,partner,Overschreven,welzijn,GM0344
        n1,partner,Nieuw,welzijn,GM0344
        """;
    var preview = preview(BIB, "c.csv", file);
    assertEquals(
        List.of("exchange.problem.libraryAdminOnly", "exchange.problem.claimed"),
        preview.problems().stream().map(ImportJobService.Problem::key).toList());
    var job = service.start(BIB, preview.jobId(), Locale.ENGLISH);
    assertEquals(1, job.created());
    assertEquals(2, job.rejected());
    assertEquals(2, job.rejectedRows().size());
    assertEquals(
        1,
        count(
            "MATCH (o:Organisation {id: 'P', name: 'Geclaimd', importHash: 'old'}) RETURN count(o)"));
    assertEquals(0, count("MATCH (o:Organisation {name: 'Bieb Noord'}) RETURN count(o)"));
  }

  @Test
  void aPartnerAccountMayNotImport() {
    var e = assertThrows(DomainException.class, () -> preview(PARTNER, "f.csv", FILE));
    assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
  }

  @Test
  void anotherUserCannotSeeOrStartSomeoneElsesJob() {
    var preview = preview(BIB, "f.csv", "id,name,sector,municipality\n1,A,welzijn,GM0344\n");
    var other = new Account("o", "other", "O", Set.of(Role.LIBRARIAN), "nl", "M", null, List.of());
    var e =
        assertThrows(
            DomainException.class, () -> service.start(other, preview.jobId(), Locale.ENGLISH));
    assertEquals(DomainException.Kind.NOT_FOUND, e.kind());
    assertNotNull(service.get(ADMIN, preview.jobId(), Locale.ENGLISH));
  }

  @Test
  void aCancelledPreviewCannotBeStarted() {
    var preview = preview(ADMIN, "f.csv", FILE);
    assertEquals("cancelled", service.cancel(ADMIN, preview.jobId(), Locale.ENGLISH).status());
    assertThrows(
        DomainException.class, () -> service.start(ADMIN, preview.jobId(), Locale.ENGLISH));
    assertTrue(count("MATCH (o:Organisation) WHERE o.importJob IS NOT NULL RETURN count(o)") == 0);
  }
}
