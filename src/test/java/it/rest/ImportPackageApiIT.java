package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/imports} as multipart with several parts {@code file}: the loose files of an
 * HSDS datapackage are one dry run (names with folders reduced to their base name) that starts and
 * runs to done; a CSV that {@code datapackage.json} names but that is not sent is a warning naming
 * it; several parts without {@code datapackage.json} are a 400 in the caller's language; one part
 * is still any single file.
 */
class ImportPackageApiIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static Path examples() {
    try {
      return Path.of(ImportPackageApiIT.class.getResource("/hsds/3.0/csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The official HSDS 3.0 example files by name, without {@code leaveOut}. */
  private static Map<String, byte[]> exampleFiles(String leaveOut) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(examples())) {
      for (Path f : list.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.equals(leaveOut)) {
          files.put(name, Files.readAllBytes(f));
        }
      }
    }
    return files;
  }

  private static HttpResponse<String> upload(
      String user, String language, Map<String, byte[]> files) throws Exception {
    String boundary = "kp-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (var f : files.entrySet()) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + f.getKey()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(f.getValue());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String token = user + ":" + Api.PASSWORD;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/imports"))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json")
            .header("Accept-Language", language)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  void looseDatapackageFilesAreOneDryRunThatImports() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    int[] i = {0};
    String[] folders = {"", "../../", "..\\", "/tmp/elsewhere/"};
    exampleFiles(null).forEach((name, bytes) -> files.put(folders[i[0]++ % 4] + name, bytes));

    var r = upload("beheerder", "en", files);

    assertEquals(201, r.statusCode(), r.body());
    JsonObject preview = json(r.body());
    assertEquals("hsds-datapackage", preview.getString("format"));
    assertEquals("datapackage.json", preview.getString("fileName"));
    assertFalse(preview.getBoolean("fileRejected"));
    assertEquals(1, preview.getInt("rows"));
    assertEquals(0, preview.getInt("rejected"));
    assertEquals(
        1,
        preview.getInt("wouldCreate") + preview.getInt("wouldUpdate") + preview.getInt("unchanged"),
        r.body());

    String id = preview.getString("jobId");
    var start = Api.send("POST", "/api/imports/" + id + "/start", "beheerder", null, "en");
    assertEquals(202, start.statusCode(), start.body());
    JsonObject job = null;
    for (int n = 0; n < 120; n++) {
      job = json(Api.get("/api/imports/" + id, "beheerder").body());
      String status = job.getString("status");
      if (!"running".equals(status) && !"queued".equals(status)) {
        break;
      }
      Thread.sleep(500);
    }
    assertEquals("done", job.getString("status"), job.toString());
    assertEquals(1, job.getInt("created") + job.getInt("updated") + job.getInt("unchanged"));
    assertEquals(0, job.getInt("rejected"));
  }

  @Test
  void aCsvNamedInDatapackageJsonButNotSentIsAWarningNamingIt() throws Exception {
    var r = upload("beheerder", "en", exampleFiles("services.csv"));

    assertEquals(201, r.statusCode(), r.body());
    JsonObject preview = json(r.body());
    assertFalse(preview.getBoolean("fileRejected"));
    assertTrue(
        preview.getJsonArray("problems").stream()
            .map(p -> p.asJsonObject())
            .anyMatch(p ->
                p.getString("key").equals("exchange.problem.hsdsMissingTable")
                    && p.getString("message").startsWith("Warning")
                    && p.getString("message").contains("services.csv")),
        r.body());
  }

  @Test
  void severalFilesWithoutDatapackageJsonAreA400InTheCallersLanguage() throws Exception {
    Map<String, byte[]> files = exampleFiles("datapackage.json");

    var en = upload("beheerder", "en", files);
    assertEquals(400, en.statusCode(), en.body());
    assertTrue(en.body().contains("datapackage.json"), en.body());
    assertTrue(en.body().contains("Several files"), en.body());

    var nl = upload("beheerder", "nl", files);
    assertEquals(400, nl.statusCode(), nl.body());
    assertTrue(nl.body().contains("meerdere bestanden"), nl.body());
  }

  @Test
  void onePartIsStillAnySingleFile() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    var r =
        upload(
            "beheerder",
            "en",
            Map.of(
                "../one-" + tag + ".csv",
                ("id,name,municipality\nx,Los " + tag + ",GM0344\n")
                    .getBytes(StandardCharsets.UTF_8)));

    assertEquals(201, r.statusCode(), r.body());
    JsonObject preview = json(r.body());
    assertEquals("csv", preview.getString("format"));
    assertEquals("one-" + tag + ".csv", preview.getString("fileName"));
    assertEquals(1, preview.getInt("wouldCreate"));
  }

  @Test
  void theOpenApiDocumentSaysSeveralPartsAreOneDatapackage() {
    var r = Api.getAccepting("/openapi", null, "application/yaml");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("several parts 'file' are the loose files"), "documented");
  }

  @Test
  void aPartnerAccountMayNotImportLooseFiles() throws Exception {
    var r = upload("partner", "en", exampleFiles(null));
    assertEquals(403, r.statusCode(), r.body());
  }
}
