package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing in the browser: a CSV file's dry run (counts and a refused row), the import's progress
 * and report, the same report after a reload, a second import of the same file that changes
 * nothing, an Excel file reaching its dry run, and the loose files of an HSDS datapackage chosen at
 * once reaching one dry run. Names and file names are unique per run, so the organisations it
 * leaves behind never meet another test's expectations.
 */
class ImportFlowIT {

  @TempDir Path temp;

  private Browser browser;
  private final String run = Long.toString(System.currentTimeMillis(), 36);

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aCsvFileIsPreviewedImportedReportedAndImportedAgainWithoutChange() throws IOException {
    Path csv = temp.resolve("importtest-" + run + ".csv");
    Files.writeString(
        csv,
        "id;naam;soort;gemeente\n"
            + "r1;Importtest "
            + run
            + " Taalhuis;partner;GM0344\n"
            + "r2;;partner;GM0344\n",
        StandardCharsets.UTF_8);
    LoginPage.logInAs(browser, DemoAccount.BEHEERDER);

    ImportPage page = ImportPage.open(browser).dryRun(csv);
    assertEquals("", page.refusal());
    assertEquals("Rijen: 2. Nieuw: 1, bijgewerkt: 0, ongewijzigd: 0, geweigerd: 1.", page.counts());
    List<String> problems = page.problems();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.getFirst().startsWith("3: "), problems.toString());

    page.start().awaitDone();
    String jobId = page.jobId();
    assertEquals("Verslag: nieuw 1, bijgewerkt 0, ongewijzigd 0, geweigerd 1.", page.report());

    ImportPage reloaded = ImportPage.job(browser, jobId);
    assertTrue(reloaded.status().endsWith("klaar"), reloaded.status());
    assertEquals("Verslag: nieuw 1, bijgewerkt 0, ongewijzigd 0, geweigerd 1.", reloaded.report());

    ImportPage again = ImportPage.open(browser).dryRun(csv);
    assertEquals(
        "Rijen: 2. Nieuw: 0, bijgewerkt: 0, ongewijzigd: 1, geweigerd: 1.", again.counts());
    again.start().awaitDone();
    assertFalse(jobId.equals(again.jobId()));
    assertEquals("Verslag: nieuw 0, bijgewerkt 0, ongewijzigd 1, geweigerd 1.", again.report());
  }

  @Test
  void anExcelFileReachesItsDryRunAndAnUnknownTypeIsRefused() throws IOException {
    Path xlsx = temp.resolve("importtest-" + run + ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      XSSFSheet sheet = book.createSheet("organisaties");
      XSSFRow header = sheet.createRow(0);
      header.createCell(0).setCellValue("id");
      header.createCell(1).setCellValue("naam");
      header.createCell(2).setCellValue("gemeente");
      XSSFRow row = sheet.createRow(1);
      row.createCell(0).setCellValue("x1");
      row.createCell(1).setCellValue("Importtest " + run + " Excel");
      row.createCell(2).setCellValue("GM0344");
      book.write(out);
    }
    LoginPage.logInAs(browser, DemoAccount.BEHEERDER);

    ImportPage page = ImportPage.open(browser).dryRun(xlsx);
    assertEquals("", page.refusal());
    assertEquals("Rijen: 1. Nieuw: 1, bijgewerkt: 0, ongewijzigd: 0, geweigerd: 0.", page.counts());
    assertTrue(page.isStartable());

    Path other = temp.resolve("notities-" + run + ".docx");
    Files.write(other, new byte[] {'P', 'K', 3, 4, 0, 0});
    ImportPage refused = ImportPage.open(browser).dryRun(other);
    assertTrue(refused.refusal().contains("bestandstype"), refused.refusal());
    assertFalse(refused.isStartable());
  }

  @Test
  void theLooseFilesOfADatapackageAreOneDryRunAndSeveralOtherFilesAreRefused()
      throws IOException, URISyntaxException {
    List<Path> files;
    try (Stream<Path> list =
        Files.list(Path.of(ImportFlowIT.class.getResource("/hsds/3.0/csv").toURI()))) {
      files = list.sorted().toList();
    }
    LoginPage.logInAs(browser, DemoAccount.BEHEERDER);

    ImportPage page = ImportPage.open(browser).dryRun(files);
    assertEquals("", page.refusal());
    // The preview names datapackage.json and how many files came with it.
    assertTrue(
        page.chosenFile()
            .endsWith(
                "datapackage.json en "
                    + (files.size() - 1)
                    + " andere bestanden (hsds-datapackage)"),
        page.chosenFile());
    assertTrue(page.counts().startsWith("Rijen: 1."), page.counts());
    assertTrue(page.isStartable());

    ImportPage refused =
        ImportPage.open(browser)
            .dryRun(files.stream().filter(f -> !f.endsWith("datapackage.json")).toList());
    assertTrue(refused.refusal().contains("datapackage.json"), refused.refusal());
    assertFalse(refused.isStartable());
  }
}
