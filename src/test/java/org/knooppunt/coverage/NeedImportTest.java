package org.knooppunt.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Need figures from CSV: every kind of bad row refuses the whole file; a re-import changes nothing.
 */
class NeedImportTest {

  private final NeedImportService service =
      new NeedImportService(
          TestGraph.graph(),
          new NeedRepository(),
          new AuditLog(),
          Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));

  private static Account account(Role role, List<String> regions) {
    return new Account("u-" + role, "u-" + role, "Naam", Set.of(role), "nl", null, null, regions);
  }

  private static final Account ADMIN = account(Role.ADMIN, List.of());
  private static final Account UTRECHT_CELL = account(Role.POLICY, List.of("PV26"));
  private static final Account LIBRARIAN = account(Role.LIBRARIAN, List.of());

  @BeforeEach
  void clean() {
    TestGraph.wipe();
    TestGraph.graph().write(tx -> tx.run("MATCH ()-[h:HAS_NEED]->() DELETE h").consume());
  }

  private static List<String> stored() {
    return TestGraph.graph()
        .read(tx ->
            tx.run(
                    """
                    MATCH (m:Municipality)-[h:HAS_NEED]->(g:TargetGroup)
                    RETURN m.id + '/' + g.id + '/' + h.year + '=' + h.count + ' ' + h.source
                           + ' by ' + h.importedBy AS s
                    ORDER BY s
                    """)
                .list(r -> r.get("s").asString()));
  }

  @Test
  void importsCountsAndSharesWithCommaOrSemicolonAndABom() {
    NeedImportService.Result result =
        service.importCsv(
            Messages.DUTCH,
            ADMIN,
            """
            \uFEFFgemeente;doelgroep;aantal;aandeel;jaar;bron
            GM0344;laaggeletterden;50000;;2024;GGD Utrecht
            GM0310;laaggeletterden;;0,1;2024;Eigen telling
            44021;nieuwkomers-anderstaligen;1200;;2023;Stad Gent
            """);

    assertEquals(new NeedImportService.Result(3, 3, 0, 0), result);
    assertEquals(
        List.of(
            "44021/nieuwkomers-anderstaligen/2023=1200 Stad Gent by u-ADMIN",
            "GM0310/laaggeletterden/2024=4372 Eigen telling by u-ADMIN",
            "GM0344/laaggeletterden/2024=50000 GGD Utrecht by u-ADMIN"),
        stored(),
        "share 0.1 × 43,718 inhabitants = 4,372");

    NeedImportService.Result comma =
        service.importCsv(
            Messages.DUTCH,
            ADMIN,
            "municipality,targetGroup,count,year,source\r\nGM0344,laaggeletterden,51000,2025,GGD\r\n");
    assertEquals(new NeedImportService.Result(1, 1, 0, 0), comma);
  }

  @Test
  void theSameFileTwiceChangesNothingAndAChangedFigureIsUpdated() {
    String csv =
        """
        municipality,targetGroup,count,year,source
        GM0344,laaggeletterden,50000,2024,GGD
        GM0310,laaggeletterden,6000,2024,GGD
        """;
    service.importCsv(Messages.DUTCH, ADMIN, csv);
    List<String> first = stored();

    assertEquals(
        new NeedImportService.Result(2, 0, 0, 2), service.importCsv(Messages.DUTCH, ADMIN, csv));
    assertEquals(first, stored());

    assertEquals(
        new NeedImportService.Result(2, 0, 1, 1),
        service.importCsv(Messages.DUTCH, ADMIN, csv.replace("6000", "6100")));
    assertEquals(2, stored().size());
    assertTrue(stored().contains("GM0310/laaggeletterden/2024=6100 GGD by u-ADMIN"));
  }

  @Test
  void everyKindOfBadRowIsReportedByLineAndNothingIsWritten() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                service.importCsv(
                    Messages.ENGLISH,
                    UTRECHT_CELL,
                    """
                    municipality;targetGroup;count;share;year;source
                    GM0344;laaggeletterden;50000;;2024;GGD
                    GM9999;laaggeletterden;10;;2024;GGD
                    GM0310;onbekend;10;;2024;GGD
                    GM0310;laaggeletterden;veel;;2024;GGD
                    GM0310;laaggeletterden;;1,5;2024;GGD
                    GM0310;laaggeletterden;10;0,1;2024;GGD
                    GM0310;laaggeletterden;10;;1800;GGD
                    GM0310;laaggeletterden;10;;2024;<script>alert(1)</script>
                    GM0344;laaggeletterden;50001;;2024;GGD
                    GM0363;laaggeletterden;10;;2024;GGD
                    """));

    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertEquals(
        List.of(
            "Line 3: Unknown municipality code: GM9999.",
            "Line 4: Unknown target group: onbekend.",
            "Line 5: Not a valid count (a whole number of 0 or more): veel.",
            "Line 6: Not a valid share (a number from 0 to 1): 1,5.",
            "Line 7: Fill in a count or a share, not both.",
            "Line 8: Not a valid year (1900 to 2027): 1800.",
            "Line 9: Fill in a source of at most 200 characters, without < > { } or `.",
            "Line 10: Duplicate: the same municipality, target group and year are also on line 2.",
            "Line 11: Municipality GM0363 is not in your regions."),
        e.fieldErrors().stream().map(f -> f.field() + ": " + f.message()).toList());
    assertTrue(e.getMessage().startsWith("9 problem"), e.getMessage());
    assertEquals(List.of(), stored());
  }

  @Test
  void aFileWithoutItsColumnsOrEmptyIsRefused() {
    for (String csv : List.of("", "gemeente;doelgroep;jaar\nGM0344;jeugd;2024", "\"unclosed")) {
      DomainException e =
          assertThrows(DomainException.class, () -> service.importCsv(Messages.DUTCH, ADMIN, csv));
      assertEquals(DomainException.Kind.INVALID, e.kind());
      assertTrue(e.fieldErrors().stream().map(FieldError::message).allMatch(m -> !m.isBlank()));
    }
    assertEquals(List.of(), stored());
  }

  @Test
  void onlyAdminsAndPolicyCellsImport() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                service.importCsv(
                    Messages.DUTCH,
                    LIBRARIAN,
                    "municipality,targetGroup,count,year,source\nGM0344,jeugd,1,2024,x\n"));
    assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
    assertEquals(List.of(), stored());
  }

  @Test
  void anImportedFigureReplacesTheEstimateInTheCoverage() {
    service.importCsv(
        Messages.DUTCH,
        UTRECHT_CELL,
        "municipality,targetGroup,count,year,source\nGM0310,laaggeletterden,5000,2025,GGD\n");

    CoverageReport report =
        new CoverageService(
                TestGraph.graph(),
                new CoverageRepository(),
                Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC))
            .analyse(
                Messages.DUTCH,
                UTRECHT_CELL,
                new CoverageQuery(
                    Scope.municipalities(List.of("GM0310", "GM0355")), null, "laaggeletterden"));

    MunicipalityCoverage bilt =
        report.rows().stream()
            .filter(r -> r.municipalityId().equals("GM0310"))
            .findFirst()
            .orElseThrow();
    assertEquals(5000, bilt.need());
    assertEquals("GGD", bilt.needSource());
    assertEquals(2025, bilt.needYear());
  }
}
