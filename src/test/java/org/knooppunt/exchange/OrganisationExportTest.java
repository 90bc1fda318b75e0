package org.knooppunt.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.exchange.ImportSet.OrganisationRow;
import org.knooppunt.exchange.OrganisationExport.Format;
import org.knooppunt.organisation.Kind;
import org.knooppunt.organisation.OrganisationFilter;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

class OrganisationExportTest {

  private static final Locale NL = Messages.DUTCH;
  private static final Locale EN = Messages.ENGLISH;
  private static final String EVIL = "=HYPERLINK(\"http://evil\",\"x\")";

  private OrganisationExport export;
  private final Account partnerAccount =
      new Account("p", "p", "p", Set.of(Role.PARTNER), "nl", "org-a", null, List.of());

  @TempDir Path dir;

  @BeforeEach
  void setUp() {
    TestGraph.wipe();
    export =
        new OrganisationExport(
            TestGraph.graph(),
            new OrganisationExportRepository(),
            Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (utrecht:Municipality {id: 'GM0344'}), (amsterdam:Municipality {id: 'GM0363'})
                    CREATE (l:Organisation:Library {id: 'org-l', name: 'Bibliotheek Test', status: 'active',
                            sector: 'bibliotheek', place: 'Utrecht'})-[:LOCATED_IN]->(utrecht)
                    CREATE (a:Organisation:Partner {id: 'org-a', name: $evil, status: 'active',
                            sector: 'welzijn', registrationNumber: '12345678', email: 'a@a.example',
                            description: 'Zegt "hallo"; met komma, en | streep',
                            location: point({latitude: 52.09, longitude: 5.12})})-[:LOCATED_IN]->(utrecht)
                    CREATE (b:Organisation:Partner {id: 'org-b', name: 'Buurthuis B', status: 'active',
                            sector: 'welzijn', phone: '-'})-[:LOCATED_IN]->(amsterdam)
                    CREATE (x:Organisation:Partner {id: 'org-x', name: 'Aanmelding', status: 'pending'})
                            -[:LOCATED_IN]->(utrecht)
                    WITH l, a, b
                    MATCH (t1:Topic {id: 'taalvaardigheid'}), (t2:Topic {id: 'nederlands-oefenen'}),
                          (g:TargetGroup {id: 'laaggeletterden'})
                    CREATE (a)-[:WORKS_ON]->(t1), (a)-[:WORKS_ON]->(t2), (a)-[:REACHES]->(g)
                    CREATE (a)-[:COLLABORATES_WITH {status: 'confirmed'}]->(l)
                    CREATE (b)-[:COLLABORATES_WITH {status: 'confirmed'}]->(a)
                    CREATE (a)-[:COLLABORATES_WITH {status: 'proposed'}]->(b)
                    CREATE (l)-[:COLLABORATES_WITH {status: 'confirmed'}]->(b)
                    CREATE (n:Taalnetwerk {id: 'tn-1', name: 'Taalnetwerk Utrecht'})
                    CREATE (a)-[:MEMBER_OF {roles: ['programmeren', 'faciliteren']}]->(n)
                    """,
                    Map.of("evil", EVIL))
                .consume());
  }

  private byte[] write(OrganisationFilter filter, Format format, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.select(partnerAccount, filter, locale).write(format, out);
    return out.toByteArray();
  }

  private List<CSVRecord> csv(byte[] bytes, char separator) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals('\uFEFF', text.charAt(0), "UTF-8 with a byte-order mark");
    try (CSVParser p =
        CSVParser.parse(
            new StringReader(text.substring(1)),
            CSVFormat.RFC4180.builder().setDelimiter(separator).get())) {
      return p.getRecords();
    }
  }

  private static Map<String, CSVRecord> byId(List<CSVRecord> rows) {
    return rows.stream().skip(1).collect(Collectors.toMap(r -> r.get(0), r -> r));
  }

  @Test
  void exportsExactlyTheActiveOrganisationsTheFilterSelects() throws IOException {
    assertEquals(
        Set.of("org-l", "org-a", "org-b"),
        byId(csv(write(OrganisationFilter.NONE, Format.CSV, NL), ';')).keySet());
    var partners = new OrganisationFilter(Kind.PARTNER, null, null, null, null, null, null);
    assertEquals(
        Set.of("org-a", "org-b"), byId(csv(write(partners, Format.CSV, NL), ';')).keySet());
    var utrecht = new OrganisationFilter(null, null, "GM0344", null, null, null, null);
    assertEquals(Set.of("org-l", "org-a"), byId(csv(write(utrecht, Format.CSV, NL), ';')).keySet());
    var topic = new OrganisationFilter(null, null, null, null, "taalvaardigheid", null, null);
    assertEquals(Set.of("org-a"), byId(csv(write(topic, Format.CSV, NL), ';')).keySet());
    var text = new OrganisationFilter(null, null, null, null, null, null, "buurt");
    assertEquals(Set.of("org-b"), byId(csv(write(text, Format.CSV, NL), ';')).keySet());
  }

  @Test
  void headersAreDutchForDutchUsersAndEnglishForEnglishOnes() throws IOException {
    List<CSVRecord> nl = csv(write(OrganisationFilter.NONE, Format.CSV, NL), ';');
    assertEquals("id", nl.getFirst().get(0));
    assertEquals("soort", nl.getFirst().get(1));
    assertEquals("werkt_samen_met", nl.getFirst().get(17));
    assertEquals(OrganisationColumn.values().length, nl.getFirst().size());
    List<CSVRecord> en = csv(write(OrganisationFilter.NONE, Format.CSV, EN), ',');
    assertEquals("kind", en.getFirst().get(1));
    assertEquals("taalnetwerk_roles", en.getFirst().get(19));
    assertEquals(OrganisationColumn.values().length, en.getFirst().size());
    assertEquals("library", byId(en).get("org-l").get(1));
    assertEquals("bibliotheek", byId(nl).get("org-l").get(1));
  }

  @Test
  void listsAreJoinedAndPartnersNamedByIdInTheExportElseByNumberElseByName() throws IOException {
    Map<String, CSVRecord> all = byId(csv(write(OrganisationFilter.NONE, Format.CSV, EN), ','));
    CSVRecord a = all.get("org-a");
    assertEquals("nederlands-oefenen|taalvaardigheid", a.get(OrganisationColumn.TOPICS.ordinal()));
    assertEquals("laaggeletterden", a.get(OrganisationColumn.TARGET_GROUPS.ordinal()));
    // confirmed only: the proposal to B is not a partner of A, B's confirmed one is
    assertEquals(
        Set.of("org-l", "org-b"),
        Set.of(a.get(OrganisationColumn.COLLABORATES_WITH.ordinal()).split("\\|")));
    assertEquals("tn-1", a.get(OrganisationColumn.TAALNETWERK.ordinal()));
    assertEquals("programmeren|faciliteren", a.get(OrganisationColumn.TAALNETWERK_ROLES.ordinal()));
    assertEquals("52.09", a.get(OrganisationColumn.LATITUDE.ordinal()));
    assertEquals("5.12", a.get(OrganisationColumn.LONGITUDE.ordinal()));
    assertEquals("GM0344", a.get(OrganisationColumn.MUNICIPALITY.ordinal()));

    var partners = new OrganisationFilter(Kind.PARTNER, null, null, null, null, null, null);
    Map<String, CSVRecord> some = byId(csv(write(partners, Format.CSV, EN), ','));
    // the library is not in this export and has no registration number: by name
    assertEquals(
        Set.of("Bibliotheek Test", "org-b"),
        Set.of(some.get("org-a").get(OrganisationColumn.COLLABORATES_WITH.ordinal()).split("\\|")));
    var amsterdam = new OrganisationFilter(null, null, "GM0363", null, null, null, null);
    // A is not in this export: by its KvK number
    assertEquals(
        Set.of("12345678", "Bibliotheek Test"),
        Set.of(
            byId(csv(write(amsterdam, Format.CSV, EN), ','))
                .get("org-b")
                .get(OrganisationColumn.COLLABORATES_WITH.ordinal())
                .split("\\|")));
  }

  @Test
  void formulasAreNeutralisedInCsvAndWrittenAsTextCellsInExcel() throws IOException {
    Map<String, CSVRecord> rows = byId(csv(write(OrganisationFilter.NONE, Format.CSV, NL), ';'));
    assertEquals("'" + EVIL, rows.get("org-a").get(OrganisationColumn.NAME.ordinal()));
    assertEquals("'-", rows.get("org-b").get(OrganisationColumn.PHONE.ordinal()));

    byte[] xlsx = write(OrganisationFilter.NONE, Format.XLSX, NL);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = wb.getSheetAt(0);
      assertEquals("Organisaties", sheet.getSheetName());
      assertEquals("naam", sheet.getRow(0).getCell(2).getStringCellValue());
      boolean found = false;
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        for (var cell : sheet.getRow(i)) {
          assertEquals(CellType.STRING, cell.getCellType(), "every cell is text, never a formula");
        }
        XSSFCell name = sheet.getRow(i).getCell(OrganisationColumn.NAME.ordinal());
        if (EVIL.equals(name.getStringCellValue())) {
          found = true;
        }
      }
      assertTrue(found, "the name is kept exactly, as text");
    }
  }

  @Test
  void csvAndExcelExportsImportAgainAsTheSameRows() throws IOException {
    byte[] xlsx = write(OrganisationFilter.NONE, Format.XLSX, EN);
    Path xlsxFile = Files.write(dir.resolve("export.xlsx"), xlsx);
    ImportSet fromXlsx = new XlsxOrganisationReader().read("export.xlsx", xlsxFile);
    assertEquals(List.of(), fromXlsx.problems());

    List<CSVRecord> records = csv(write(OrganisationFilter.NONE, Format.CSV, NL), ';');
    TableRows table = new TableRows("export.xlsx");
    assertTrue(table.header(records.getFirst().toList()));
    for (CSVRecord r : records.subList(1, records.size())) {
      assertTrue(table.row((int) r.getRecordNumber(), r.toList()));
    }
    ImportSet fromCsv = table.toSet("csv", "csv:export.xlsx");
    assertEquals(List.of(), fromCsv.problems());

    assertEquals(3, fromXlsx.organisations().size());
    OrganisationRow a =
        fromXlsx.organisations().stream()
            .filter(o -> "org-a".equals(o.externalId()))
            .findFirst()
            .orElseThrow();
    assertEquals(EVIL, a.name());
    assertEquals("Zegt \"hallo\"; met komma, en | streep", a.description());
    assertEquals("12345678", a.registrationNumber());
    assertEquals(52.09, a.latitude());
    assertEquals(5.12, a.longitude());
    assertEquals(List.of("nederlands-oefenen", "taalvaardigheid"), a.topics());
    assertEquals(List.of("laaggeletterden"), a.targetGroups());
    assertEquals("partner", a.kind());
    assertEquals(
        Set.of(
            "org-a>org-l",
            "org-a>org-b",
            "org-b>org-a",
            "org-b>org-l",
            "org-l>org-b",
            "org-l>org-a"),
        fromXlsx.relations().stream()
            .map(r -> r.fromExternalId() + ">" + r.to())
            .collect(Collectors.toSet()));
    assertEquals(1, fromXlsx.memberships().size());
    assertEquals("tn-1", fromXlsx.memberships().getFirst().taalnetwerk());
    assertEquals(List.of("programmeren", "faciliteren"), fromXlsx.memberships().getFirst().roles());

    // Dutch CSV and English Excel of the same selection read as the same rows (kind aside)
    assertEquals(withoutKind(fromXlsx.organisations()), withoutKind(fromCsv.organisations()));
    assertEquals(
        fromXlsx.relations().stream().map(r -> r.fromExternalId() + ">" + r.to()).toList(),
        fromCsv.relations().stream().map(r -> r.fromExternalId() + ">" + r.to()).toList());
    assertEquals(fromXlsx.memberships(), fromCsv.memberships());
  }

  private static List<OrganisationRow> withoutKind(List<OrganisationRow> rows) {
    List<OrganisationRow> out = new ArrayList<>();
    for (OrganisationRow o : rows) {
      out.add(
          new OrganisationRow(
              o.file(),
              o.line(),
              o.externalId(),
              null,
              o.name(),
              o.description(),
              o.sector(),
              o.registrationNumber(),
              o.email(),
              o.website(),
              o.phone(),
              o.street(),
              o.postcode(),
              o.place(),
              o.municipality(),
              o.latitude(),
              o.longitude(),
              o.topics(),
              o.targetGroups()));
    }
    return out;
  }

  @Test
  void readsInPagesWithoutLosingOrRepeatingAnOrganisation() throws IOException {
    int extra = 7;
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (m:Municipality {id: 'GM0344'})
                    UNWIND range(1, $n) AS i
                    CREATE (o:Organisation:Partner {id: 'bulk-' + i, name: 'Bulk ' + i,
                            status: 'active'})-[:LOCATED_IN]->(m)
                    """,
                    Map.of("n", extra))
                .consume());
    var paged =
        new OrganisationExport(
            TestGraph.graph(),
            new OrganisationExportRepository(),
            Clock.systemUTC(),
            3); // 10 organisations: pages of 3, 3, 3, 1
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    var selection = paged.select(partnerAccount, OrganisationFilter.NONE, EN);
    assertEquals(extra + 3, selection.size());
    selection.write(Format.CSV, out);
    List<CSVRecord> rows = csv(out.toByteArray(), ',');
    Set<String> ids = new HashSet<>();
    for (CSVRecord r : rows.subList(1, rows.size())) {
      assertTrue(ids.add(r.get(0)), "no organisation twice: " + r.get(0));
    }
    assertEquals(extra + 3, ids.size());
    // partners in a later page are still named by id
    assertEquals(
        Set.of("org-l", "org-b"),
        Set.of(
            byId(rows)
                .get("org-a")
                .get(OrganisationColumn.COLLABORATES_WITH.ordinal())
                .split("\\|")));
  }

  @Test
  void aSelectionOverTheCapIsRefusedBeforeAnyByteIsWritten() {
    var capped =
        new OrganisationExport(
            TestGraph.graph(), new OrganisationExportRepository(), Clock.systemUTC(), 2, 2);
    var e =
        assertThrows(
            DomainException.class,
            () -> capped.select(partnerAccount, OrganisationFilter.NONE, EN));
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertTrue(e.fieldErrors().getFirst().message().contains("at most 2 "), e.getMessage());
    assertEquals(2, capped.maxRows());
  }

  @Test
  void nobodyExportsWithoutBeingSignedIn() {
    DomainException e =
        assertThrows(DomainException.class, () -> export.select(null, OrganisationFilter.NONE, NL));
    assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
  }

  @Test
  void theFileNameSaysWhatAndWhen() {
    assertEquals("organisaties-2026-11-21.csv", export.fileName(Format.CSV, NL));
    assertEquals("organisations-2026-11-21.xlsx", export.fileName(Format.XLSX, EN));
    assertFalse(export.fileName(Format.XLSX, EN).contains("/"));
  }
}
