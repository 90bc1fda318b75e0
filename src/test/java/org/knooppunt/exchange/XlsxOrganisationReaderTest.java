package org.knooppunt.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knooppunt.exchange.ImportSet.OrganisationRow;
import org.knooppunt.exchange.ImportSet.RowProblem;

class XlsxOrganisationReaderTest {

  private final XlsxOrganisationReader reader = new XlsxOrganisationReader();

  @TempDir Path dir;

  /** A workbook whose first sheet holds {@code rows}; a Double becomes a number cell. */
  private Path workbook(String name, List<List<Object>> rows) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = wb.createSheet("Blad1");
      wb.createSheet("Tweede").createRow(0).createCell(0).setCellValue("genegeerd");
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.createRow(i);
        for (int j = 0; j < rows.get(i).size(); j++) {
          Object v = rows.get(i).get(j);
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(j);
          if (v instanceof Double d) {
            cell.setCellValue(d);
          } else if (v instanceof String s && s.startsWith("formula:")) {
            cell.setCellFormula(s.substring(8));
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
          } else {
            cell.setCellValue((String) v);
          }
        }
      }
      wb.write(out);
    }
    return file;
  }

  private static byte[] head(Path file) throws IOException {
    byte[] all = Files.readAllBytes(file);
    return java.util.Arrays.copyOf(all, Math.min(8, all.length));
  }

  @Test
  void readsTheFirstSheetWithDutchHeadersNumbersAndCachedFormulaValues() throws IOException {
    Path file =
        workbook(
            "organisaties.xlsx",
            List.of(
                List.of(
                    "ID",
                    " Naam ",
                    "kvk_kbo",
                    "gemeente",
                    "breedtegraad",
                    "lengtegraad",
                    "themas",
                    "werkt_samen_met",
                    "taalnetwerk",
                    "taalnetwerk_rollen",
                    "extra"),
                java.util.Arrays.asList(
                    "a1",
                    "Stichting Een",
                    12345678d,
                    "GM0344",
                    52.09d,
                    5.12d,
                    "taalvaardigheid | Gezondheid",
                    "a2|87654321",
                    "tn-1",
                    "programmeren|regisseren",
                    "x"),
                java.util.Arrays.asList(),
                java.util.Arrays.asList(
                    "a2",
                    "formula:\"Stichting \"&\"Twee\"",
                    null,
                    "Utrecht",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)));
    assertTrue(reader.accepts("organisaties.xlsx", head(file)));

    ImportSet set = reader.read("organisaties.xlsx", file);

    assertEquals("xlsx", set.format());
    assertEquals("xlsx:organisaties.xlsx", set.idScheme());
    assertEquals(
        List.of("exchange.problem.unknownColumn"),
        set.problems().stream().map(RowProblem::key).toList());
    assertEquals(2, set.organisations().size());
    OrganisationRow one = set.organisations().get(0);
    assertEquals("a1", one.externalId());
    assertEquals(2, one.line());
    assertEquals("Stichting Een", one.name());
    assertEquals("12345678", one.registrationNumber(), "a number cell reads as Excel shows it");
    assertEquals(52.09, one.latitude());
    assertEquals(5.12, one.longitude());
    assertEquals(List.of("taalvaardigheid", "Gezondheid"), one.topics());
    OrganisationRow two = set.organisations().get(1);
    assertEquals(4, two.line());
    assertEquals("Stichting Twee", two.name(), "a formula reads as its cached value");
    assertEquals("Utrecht", two.municipality());
    assertEquals(
        List.of("a1>a2", "a1>87654321"),
        set.relations().stream().map(r -> r.fromExternalId() + ">" + r.to()).toList());
    assertEquals(1, set.memberships().size());
    assertEquals(List.of("programmeren", "regisseren"), set.memberships().getFirst().roles());
  }

  @Test
  void aRegistrationNumberTypedAsANumberGetsItsLeadingZeroBack() throws IOException {
    Path file =
        workbook(
            "nummers.xlsx",
            List.of(
                List.of("id", "naam", "kvk_kbo", "telefoon"),
                java.util.Arrays.asList("k1", "KBO als getal", 123456749d, 123456789d),
                java.util.Arrays.asList("k2", "KvK als getal", 1234567d, null),
                java.util.Arrays.asList("k3", "KBO als tekst", "0123456749", null),
                java.util.Arrays.asList("k4", "KvK volledig", 12345678d, null)));

    ImportSet set = reader.read("nummers.xlsx", file);

    assertEquals(
        List.of("0123456749", "01234567", "0123456749", "12345678"),
        set.organisations().stream().map(OrganisationRow::registrationNumber).toList());
    assertEquals(
        "123456789",
        set.organisations().getFirst().phone(),
        "only the registration number is padded");
  }

  @Test
  void aSheetWithoutANameColumnYieldsAProblemAndNoRows() throws IOException {
    Path file =
        workbook(
            "zonder-naam.xlsx", List.of(List.of("id", "email"), List.of("a1", "info@een.example")));

    ImportSet set = reader.read("zonder-naam.xlsx", file);

    assertEquals(List.of(), set.organisations());
    RowProblem p = set.problems().getFirst();
    assertEquals("exchange.problem.missingColumn", p.key());
    assertEquals("name", p.column());
    assertEquals(0, p.line());
  }

  @Test
  void rowsWithoutKeyOrWithARepeatedIdAreReportedOnTheirLine() throws IOException {
    Path file =
        workbook(
            "dubbel.xlsx",
            List.of(
                List.of("id", "name", "latitude"),
                List.of("a1", "Een", "noord"),
                List.of("a1", "Nog een", ""),
                java.util.Arrays.asList(null, "Zonder id", null)));

    ImportSet set = reader.read("dubbel.xlsx", file);

    assertEquals(1, set.organisations().size());
    assertEquals(
        List.of(
            "2:exchange.problem.badNumber",
            "3:exchange.problem.duplicateId",
            "4:exchange.problem.noKey"),
        set.problems().stream().map(p -> p.line() + ":" + p.key()).toList());
  }

  @Test
  void aZipBombIsRefusedWithAClearProblemNotMemory() throws IOException {
    Path good = workbook("klein.xlsx", List.of(List.of("id", "name"), List.of("a1", "Een")));
    Path bomb = dir.resolve("bom.xlsx");
    try (ZipFile zip = new ZipFile(good.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          out.write(
              ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                      + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                      + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                  .getBytes(StandardCharsets.US_ASCII));
          byte[] chunk = new byte[1 << 20];
          java.util.Arrays.fill(chunk, (byte) 'a');
          for (int i = 0; i < 300; i++) { // 300 MB that compress to well under 1 MB
            out.write(chunk);
          }
          out.write(
              "</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
        } else {
          zip.getInputStream(e).transferTo(out);
        }
        out.closeEntry();
      }
    }
    assertTrue(Files.size(bomb) < 2 * 1024 * 1024, "the bomb itself is small");

    ImportSet set = reader.read("bom.xlsx", bomb);

    assertEquals(List.of(), set.organisations());
    assertEquals(
        List.of("exchange.problem.zipBomb"), set.problems().stream().map(RowProblem::key).toList());
  }

  @Test
  void aFileThatIsNoWorkbookIsRefused() throws IOException {
    Path text = Files.writeString(dir.resolve("lijst.xlsx"), "id;naam\na1;Een\n");
    assertFalse(reader.accepts("lijst.xlsx", head(text)));
    assertFalse(
        reader.accepts("lijst.csv", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(
        List.of("exchange.problem.notXlsx"),
        reader.read("lijst.xlsx", text).problems().stream().map(RowProblem::key).toList());

    Path otherZip = dir.resolve("archief.xlsx");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(otherZip))) {
      out.putNextEntry(new ZipEntry("readme.txt"));
      out.write("geen werkmap".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    assertTrue(reader.accepts("archief.xlsx", head(otherZip)));
    ImportSet set = reader.read("archief.xlsx", otherZip);
    assertEquals(List.of(), set.organisations());
    assertEquals(
        List.of("exchange.problem.notXlsx"), set.problems().stream().map(RowProblem::key).toList());
  }
}
