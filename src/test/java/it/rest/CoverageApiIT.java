package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code /api/coverage} on the demo data: the province of Utrecht for
 * taalvaardigheid and laaggeletterden, where the demo taalnetwerk (all four roles) covers Utrecht,
 * Zeist and De Bilt; the CSV export; the what-if; the need import of the policy cell "beleid"
 * (province of Utrecht); and the refusals.
 */
class CoverageApiIT {

  private static final String QUESTION =
      "/api/coverage?region=PV26&topic=taalvaardigheid&targetGroup=laaggeletterden";
  private static final String TAALNETWERK = "00000000-0000-4000-8000-000000000401";
  private static final String DE_VAART = "00000000-0000-4000-8000-000000000101";
  private static final String SCHELDEMEERSEN = "00000000-0000-4000-8000-000000000103";

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  void aProvinceReportRanksGapsFirstAndCountsTheCompleteTaalnetwerk() {
    var r = Api.send("GET", QUESTION, "beleid", null, "nl");
    assertEquals(200, r.statusCode(), r.body());
    JsonObject report = json(r.body());
    var rows = report.getJsonArray("rows");
    assertEquals(26, report.getInt("municipalities"));
    assertEquals(26, rows.size());
    boolean seenCovered = false;
    long lastNeed = Long.MAX_VALUE;
    long need = 0;
    long covered = 0;
    for (JsonValue v : rows) {
      JsonObject row = v.asJsonObject();
      boolean isCovered = row.getBoolean("covered");
      assertFalse(seenCovered && !isCovered, "a gap after a covered municipality");
      if (isCovered != seenCovered) {
        lastNeed = Long.MAX_VALUE;
      }
      seenCovered |= isCovered;
      long n = row.getJsonNumber("need").longValue();
      assertTrue(n <= lastNeed, "need descending within gaps and within covered");
      lastNeed = n;
      need += n;
      covered += isCovered ? n : 0;
    }
    assertEquals(need, report.getJsonNumber("peopleInNeed").longValue());
    assertEquals(covered, report.getJsonNumber("peopleCovered").longValue());
    JsonObject zeist =
        rows.stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("municipalityId").equals("GM0355"))
            .findFirst()
            .orElseThrow();
    assertTrue(zeist.getBoolean("covered"));
    assertEquals(TAALNETWERK, zeist.getString("taalnetwerkId"));
  }

  @Test
  void theCsvHasOneLinePerMunicipalityInTheSameOrder() throws IOException {
    var json = json(Api.send("GET", QUESTION, "beleid", null, "en").body());
    var r =
        Api.getAccepting(
            QUESTION.replace("/api/coverage?", "/api/coverage/export.csv?"), "beleid", "text/csv");
    assertEquals(200, r.statusCode(), r.body());
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(r.body()))
            .getRecords();
    assertEquals(26, records.size());
    for (int i = 0; i < records.size(); i++) {
      assertEquals(
          json.getJsonArray("rows").getJsonObject(i).getString("municipalityId"),
          records.get(i).get(1));
    }
  }

  @Test
  void whatIfForALibraryOfTheProvinceAndRefusedForOneOutsideIt() {
    var r =
        Api.send(
            "GET",
            QUESTION.replace("/api/coverage?", "/api/coverage/whatif?") + "&libraries=" + DE_VAART,
            "beleid",
            null,
            "nl");
    assertEquals(200, r.statusCode(), r.body());
    JsonObject whatIf = json(r.body());
    assertTrue(
        whatIf.getJsonObject("after").getInt("municipalitiesCovered")
            >= whatIf.getJsonObject("before").getInt("municipalitiesCovered"));

    var outside =
        Api.send(
            "GET",
            QUESTION.replace("/api/coverage?", "/api/coverage/whatif?")
                + "&libraries="
                + SCHELDEMEERSEN,
            "beleid",
            null,
            "en");
    assertEquals(400, outside.statusCode(), outside.body());
    assertTrue(outside.body().contains("Scheldemeersen"), outside.body());
  }

  @Test
  void badQuestionsAreClearRefusalsNeverA500() {
    for (String path :
        List.of(
            "/api/coverage?topic=taalvaardigheid",
            "/api/coverage?region=PV26&topic=bestaat-niet",
            "/api/coverage?region=PV26&targetGroup=bestaat-niet",
            "/api/coverage?region=PV26",
            "/api/coverage?municipalities=GM0344,GM9999&topic=taalvaardigheid",
            "/api/coverage?region=PV26&countries=NL&topic=taalvaardigheid")) {
      var r = Api.send("GET", path, "beleid", null, "en");
      assertEquals(400, r.statusCode(), path + " " + r.body());
      assertFalse(json(r.body()).getJsonArray("fieldErrors").isEmpty(), r.body());
    }
    assertEquals(403, Api.send("GET", QUESTION, "partner", null, "en").statusCode());
  }

  @Test
  void thePolicyCellImportsNeedForItsProvinceOnlyAndAgainChangesNothing() {
    String csv =
        "gemeente;doelgroep;aantal;jaar;bron\nGM0353;laaggeletterden;3100;2019;CoverageApiIT\n";
    var first = postCsv("beleid", csv);
    assertEquals(200, first.statusCode(), first.body());
    var again = postCsv("beleid", csv);
    assertEquals(200, again.statusCode(), again.body());
    JsonObject result = json(again.body());
    assertEquals(0, result.getInt("created"));
    assertEquals(0, result.getInt("changed"));
    assertEquals(1, result.getInt("unchanged"));

    var outside =
        postCsv(
            "beleid",
            "municipality,targetGroup,count,year,source\nGM0363,laaggeletterden,1,2019,IT\n");
    assertEquals(400, outside.statusCode(), outside.body());
    assertTrue(outside.body().contains("GM0363"), outside.body());
    assertEquals(403, postCsv("partner", csv).statusCode());
  }

  private static HttpResponse<String> postCsv(String user, String csv) {
    String token = user + ":" + Api.PASSWORD;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/coverage/need"))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json")
            .header("Accept-Language", "en")
            .header("Content-Type", "text/csv; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
