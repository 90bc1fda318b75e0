package org.knooppunt.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.exchange.hsds.HsdsJsonReader;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * What the import page relies on beyond the pipeline: a file of no known type is refused and
 * nothing is kept, a dry run can be repeated with other column choices without a new upload, and
 * every job's start and end are in the audit log with its counts.
 */
class ImportUploadTest {

  @TempDir Path temp;

  private static final Account ADMIN =
      new Account("a", "admin", "Admin", Set.of(Role.ADMIN), "nl", null, null, List.of());

  private ImportJobService service;

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    service = TestImports.service(temp, new CsvOrganisationReader(), new XlsxOrganisationReader());
  }

  private ImportJobService.Preview preview(String name, String text) {
    return service.preview(
        ADMIN,
        name,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        Map.of(),
        Locale.ENGLISH);
  }

  private static long count(String cypher) {
    return TestGraph.graph().read(tx -> tx.run(cypher).single().get(0).asLong());
  }

  private long filesKept() throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.count();
    }
  }

  @Test
  void aFileOfNoKnownTypeIsRefusedAndNothingIsKept() throws IOException {
    var e = assertThrows(DomainException.class, () -> preview("notes.docx", "PK\u0003\u0004xx"));
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertTrue(
        e.fieldErrors().getFirst().message().contains(".xlsx"),
        e.fieldErrors().getFirst().message());
    assertEquals(0, count("MATCH (j:ImportJob) RETURN count(j)"));
    assertEquals(0, filesKept());
  }

  @Test
  void aSecondDryRunWithAColumnChoiceNeedsNoNewUpload() {
    var first = preview("lijst.csv", "ref,organisatienaam,gemeente\nr1,Huis van Taal,GM0344\n");
    assertEquals(0, first.wouldCreate());
    assertTrue(
        first.headers().stream()
            .anyMatch(h -> h.header().equals("organisatienaam") && h.column() == null),
        first.headers().toString());
    assertThrows(DomainException.class, () -> service.start(ADMIN, first.jobId(), Locale.ENGLISH));

    var second =
        service.remap(
            ADMIN,
            first.jobId(),
            Map.of("organisatienaam", OrganisationColumn.NAME, "ref", OrganisationColumn.ID),
            Locale.ENGLISH);

    assertEquals(1, second.wouldCreate());
    assertEquals("lijst.csv", second.fileName());
    var job = service.start(ADMIN, second.jobId(), Locale.ENGLISH);
    assertEquals("done", job.status());
    assertEquals(1, count("MATCH (o:Organisation {name: 'Huis van Taal'}) RETURN count(o)"));
    assertThrows(
        DomainException.class,
        () -> service.remap(ADMIN, first.jobId(), Map.of(), Locale.ENGLISH),
        "the earlier dry run's file went to the new one");
  }

  @Test
  void aJobsStartAndEndAreAudited() {
    var preview = preview("twee.csv", "id,name,municipality\nt1,Taalcafe Een,GM0344\nt2,,GM0344\n");
    var job = service.start(ADMIN, preview.jobId(), Locale.ENGLISH);
    assertEquals("done", job.status());

    List<String> entries =
        TestGraph.graph()
            .read(tx ->
                tx.run(
                        "MATCH (e:AuditEntry {subject: $id}) RETURN e.action + ' ' + e.actor + ' '"
                            + " + e.detail AS s ORDER BY e.action DESC",
                        Map.of("id", preview.jobId()))
                    .list(r -> r.get("s").asString()));
    assertEquals(2, entries.size(), entries.toString());
    assertEquals("import.started admin file=twee.csv rows=2", entries.get(0));
    assertEquals("import.done admin created=1 updated=0 unchanged=0 refused=1", entries.get(1));
    assertFalse(
        count("MATCH (e:AuditEntry) WHERE e.action STARTS WITH 'import.' RETURN count(e)") > 2,
        "one entry per start and end, not per row");
  }

  @Test
  void hsdsJsonIsAcceptedByTheSameSelection() {
    ImportJobService withJson =
        new ImportJobService(
            TestGraph.graph(),
            new ImportRepository(),
            new ImportPlanner(TestGraph.graph(), new ImportRepository()),
            new ImportWriter(TestGraph.graph(), new ImportRepository()),
            List.of(new CsvOrganisationReader(), new HsdsJsonReader()),
            Runnable::run,
            temp);
    var preview =
        withJson.preview(
            ADMIN,
            "leeg.json",
            new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)),
            Map.of(),
            Locale.ENGLISH);
    assertEquals("hsds-json", preview.format());
  }
}
