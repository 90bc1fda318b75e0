package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The organisation export over HTTP: CSV and Excel, the list's filter, only when logged in. */
class OrganisationExportApiIT {

  private static final String DE_VAART = "00000000-0000-4000-8000-000000000101";
  private static final String KASTANJELAAN = "00000000-0000-4000-8000-000000000226";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static HttpResponse<byte[]> get(String path, String user, String language) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).timeout(Duration.ofSeconds(120));
    if (user != null) {
      String token = user + ":" + Api.PASSWORD;
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    if (language != null) {
      b.header("Accept-Language", language);
    }
    try {
      return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<CSVRecord> csv(byte[] body, char separator) throws IOException {
    String text = new String(body, StandardCharsets.UTF_8);
    assertEquals('\uFEFF', text.charAt(0));
    try (CSVParser p =
        CSVParser.parse(
            new StringReader(text.substring(1)),
            CSVFormat.RFC4180.builder().setDelimiter(separator).get())) {
      return p.getRecords();
    }
  }

  @Test
  void nobodyExportsWithoutLoggingIn() {
    assertEquals(401, get("/api/organisations/export.csv", null, "nl").statusCode());
    assertEquals(401, get("/api/organisations/export.xlsx", null, "nl").statusCode());
  }

  @Test
  void csvHoldsExactlyTheFilteredListInTheLanguageAsked() throws IOException {
    var r = get("/api/organisations/export.csv?kind=library&lang=en", "partner", "nl");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("organisations-"));
    List<CSVRecord> rows = csv(r.body(), ',');
    assertEquals(List.of("id", "kind", "name"), rows.getFirst().toList().subList(0, 3));
    assertTrue(rows.size() > 1);
    for (CSVRecord row : rows.subList(1, rows.size())) {
      assertEquals("library", row.get(1), row.toString());
    }
    assertTrue(rows.stream().anyMatch(row -> row.get(0).equals(DE_VAART)));

    var one = get("/api/organisations/export.csv?q=kastanjelaan", "beleid", "nl");
    assertEquals(200, one.statusCode());
    List<CSVRecord> dutch = csv(one.body(), ';');
    assertEquals("naam", dutch.getFirst().get(2));
    assertEquals(2, dutch.size());
    assertEquals(KASTANJELAAN, dutch.get(1).get(0));
  }

  @Test
  void excelHoldsTheSameRowsAsCsv() throws IOException {
    String filter = "?municipality=GM0344&kind=partner";
    var csv = get("/api/organisations/export.csv" + filter, "bibliothecaris", "en");
    var xlsx = get("/api/organisations/export.xlsx" + filter, "bibliothecaris", "en");
    assertEquals(200, xlsx.statusCode());
    assertTrue(
        xlsx.headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    assertEquals('P', xlsx.body()[0]);
    assertEquals('K', xlsx.body()[1]);
    List<CSVRecord> rows = csv(csv.body(), ',');
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      XSSFSheet sheet = wb.getSheetAt(0);
      assertEquals("name", sheet.getRow(0).getCell(2).getStringCellValue());
      assertEquals(rows.size() - 1, sheet.getLastRowNum());
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        assertEquals(rows.get(i).get(0), sheet.getRow(i).getCell(0).getStringCellValue());
        assertEquals("GM0344", sheet.getRow(i).getCell(12).getStringCellValue());
      }
    }
  }
}
