package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The export buttons of the organisation list: they carry the page's filter and, with the browser's
 * session, download that filtered list.
 */
class OrganisationExportFlowIT {

  private Browser browser;

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
  void theExportButtonsDownloadTheFilteredList() throws IOException, InterruptedException {
    LoginPage.logInAs(browser, DemoAccount.BELEID);
    OrganisationListPage list = OrganisationListPage.open(browser).kind("library").apply();
    assertEquals(List.of("Exporteer CSV", "Exporteer Excel"), list.exportLabels());
    String csvUrl = list.csvExportUrl();
    assertTrue(csvUrl.contains("/api/organisations/export.csv?"), csvUrl);
    assertTrue(csvUrl.contains("kind=library"), csvUrl);
    assertTrue(csvUrl.contains("lang=nl"), csvUrl);
    assertTrue(list.xlsxExportUrl().contains("/api/organisations/export.xlsx?"));

    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpResponse<String> csv =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(csvUrl)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().startsWith("\uFEFFid;soort;naam;"), csv.body());
    List<CSVRecord> rows;
    try (CSVParser p =
        CSVParser.parse(
            new StringReader(csv.body().substring(1)),
            CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
      rows = p.getRecords();
    }
    assertTrue(rows.size() > 1);
    for (CSVRecord row : rows.subList(1, rows.size())) {
      assertEquals("bibliotheek", row.get(1), "only libraries, as filtered");
    }
    assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(DemoAccount.DE_VAART_ID)));
  }
}
