package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code /api/imports}: upload a CSV and get the dry run, start it, poll it to
 * done; a re-run of the same file changes nothing; a file that is not UTF-8 is a 400 with the
 * message; a partner account gets a 403.
 */
class ImportApiIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static HttpResponse<String> upload(String user, String name, byte[] body)
      throws Exception {
    String token = user + ":" + Api.PASSWORD;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/imports?name=" + name))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json")
            .header("Accept-Language", "en")
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static JsonObject runToDone(String file, String name) throws Exception {
    var preview = upload("beheerder", name, file.getBytes(StandardCharsets.UTF_8));
    assertEquals(201, preview.statusCode(), preview.body());
    String id = json(preview.body()).getString("jobId");
    var start = Api.send("POST", "/api/imports/" + id + "/start", "beheerder", null, "en");
    assertEquals(202, start.statusCode(), start.body());
    JsonObject job = null;
    for (int i = 0; i < 120; i++) {
      job = json(Api.get("/api/imports/" + id, "beheerder").body());
      if (!"running".equals(job.getString("status")) && !"queued".equals(job.getString("status"))) {
        break;
      }
      Thread.sleep(500);
    }
    return job;
  }

  @Test
  void previewStartPollAndARerunChangesNothing() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String file =
        "id;naam;sector;gemeente;themas\n"
            + "a;Import A "
            + tag
            + ";welzijn;GM0344;mediawijsheid\n"
            + "b;Import B "
            + tag
            + ";onderwijs;Utrecht;\n"
            + "c;Import C "
            + tag
            + ";welzijn;Atlantis;\n";
    var preview = upload("beheerder", "api-" + tag + ".csv", file.getBytes(StandardCharsets.UTF_8));
    assertEquals(201, preview.statusCode(), preview.body());
    JsonObject p = json(preview.body());
    assertEquals(2, p.getInt("wouldCreate"));
    assertEquals(1, p.getInt("rejected"));
    assertEquals(4, p.getJsonArray("problems").getJsonObject(0).getInt("line"));

    JsonObject job = runToDone(file, "api-" + tag + ".csv");
    assertEquals("done", job.getString("status"));
    assertEquals(2, job.getInt("created"));
    assertEquals(1, job.getJsonArray("rejectedRows").size());

    JsonObject again = runToDone(file, "api-" + tag + ".csv");
    assertEquals("done", again.getString("status"));
    assertEquals(0, again.getInt("created"));
    assertEquals(0, again.getInt("updated"));
    assertEquals(2, again.getInt("unchanged"));
  }

  @Test
  void aFileThatIsNotUtf8IsA400WithTheMessage() throws Exception {
    var r =
        upload(
            "beheerder",
            "latin.csv",
            "id,name\n1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("UTF-8"), r.body());
  }

  @Test
  void aPartnerAccountMayNotImport() throws Exception {
    var r = upload("partner", "p.csv", "id,name\n1,A\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(403, r.statusCode(), r.body());
  }
}
