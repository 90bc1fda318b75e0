package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code /api/communities} on the demo accounts: "bibliothecaris" (librarian of De
 * Vaart) creates a community hosted by De Vaart and owns it; "partner" (Basisschool De
 * Kastanjelaan) asks to join; "beleid" may read but not write; "beheerder" is an admin. Each test
 * works on a community of its own (the API deletes no communities) and changes nothing of the demo.
 */
class CommunityApiIT {

  private static final String OWNER = "bibliothecaris";
  private static final String KASTANJELAAN = "00000000-0000-4000-8000-000000000226";
  private static final String DEMO = "00000000-0000-4000-8000-000000000501";

  private String id;

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static String body(String name, long version) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("description", "Samen oefenen met de tablet.")
        .add("schedule", "elke donderdag 14–16 uur")
        .add("branchId", "00000000-0000-4000-8000-000000000112")
        .add("topicIds", Json.createArrayBuilder().add("digitale-basisvaardigheden"))
        .add("targetGroupIds", Json.createArrayBuilder().add("senioren"))
        .add("version", version)
        .build()
        .toString();
  }

  @BeforeEach
  void create() {
    String name = "API-community " + System.nanoTime();
    var r = Api.send("POST", "/api/communities", OWNER, body(name, 0), null);
    assertEquals(201, r.statusCode(), r.body());
    JsonObject c = json(r.body());
    id = c.getString("id");
    assertTrue(
        r.headers().firstValue("Location").orElse("").endsWith("/api/communities/" + id),
        r.headers().toString());
    assertEquals(name, c.getString("name"));
    assertEquals("00000000-0000-4000-8000-000000000101", c.getJsonObject("host").getString("id"));
    assertEquals(1, c.getInt("version"));
  }

  @Test
  void theOwnerEditsOverTheVersionAndAStaleVersionIsAConflict() {
    var ok = Api.send("PUT", "/api/communities/" + id, OWNER, body("Hernoemd " + id, 1), "en");
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals(2, json(ok.body()).getInt("version"));
    var stale = Api.send("PUT", "/api/communities/" + id, OWNER, body("Oud " + id, 1), "en");
    assertEquals(409, stale.statusCode(), stale.body());
    JsonObject error = json(stale.body());
    assertTrue(error.getString("message").contains("bibliothecaris"), stale.body());
    assertEquals("Hernoemd " + id, error.getJsonObject("detail").getString("name"));

    for (String outsider : new String[] {"partner", "beleid"}) {
      var refused = Api.send("PUT", "/api/communities/" + id, outsider, body("Van mij", 2), null);
      assertEquals(403, refused.statusCode(), outsider + ": " + refused.body());
    }
    var anonymous = Api.send("PUT", "/api/communities/" + id, null, body("Anoniem", 2), null);
    assertTrue(anonymous.statusCode() == 401 || anonymous.statusCode() == 403, anonymous.body());
    assertEquals(
        "Hernoemd " + id,
        json(Api.get("/api/communities/" + id, "beleid").body()).getString("name"),
        "a reader sees it; nothing changed");
  }

  @Test
  void anActivityIsAddedChangedAndRemovedOverTheCommunityVersion() {
    String activity =
        """
        {"name": "Digicafé", "from": "2026-01-06", "until": "2026-06-30",
         "topicId": "digitale-basisvaardigheden", "targetGroupId": "senioren",
         "branchId": "00000000-0000-4000-8000-000000000112", "version": 1}
        """;
    var added = Api.send("POST", "/api/communities/" + id + "/activities", OWNER, activity, null);
    assertEquals(201, added.statusCode(), added.body());
    JsonObject c = json(added.body());
    assertEquals(2, c.getInt("version"));
    JsonObject a = c.getJsonArray("activities").getJsonObject(0);
    assertEquals("Digicafé", a.getString("name"));
    assertEquals("2026-06-30", a.getString("until"));
    String activityId = a.getString("id");

    var backwards =
        Api.send(
            "PUT",
            "/api/communities/" + id + "/activities/" + activityId,
            OWNER,
            activity
                .replace("\"until\": \"2026-06-30\"", "\"until\": \"2025-01-01\"")
                .replace("\"version\": 1", "\"version\": 2"),
            "en");
    assertEquals(400, backwards.statusCode(), backwards.body());
    assertEquals(
        "until",
        json(backwards.body()).getJsonArray("fieldErrors").getJsonObject(0).getString("field"));
    var badJson =
        Api.send(
            "POST",
            "/api/communities/" + id + "/activities",
            OWNER,
            "{\"from\": \"gisteren\"",
            null);
    assertEquals(400, badJson.statusCode(), badJson.body());

    var stale =
        Api.send(
            "DELETE",
            "/api/communities/" + id + "/activities/" + activityId + "?version=1",
            OWNER,
            null,
            null);
    assertEquals(409, stale.statusCode(), stale.body());
    var removed =
        Api.send(
            "DELETE",
            "/api/communities/" + id + "/activities/" + activityId + "?version=2",
            OWNER,
            null,
            null);
    assertEquals(200, removed.statusCode(), removed.body());
    assertEquals(3, json(removed.body()).getInt("version"));
    assertTrue(
        json(Api.get("/api/communities/" + id, OWNER).body()).getJsonArray("activities").isEmpty());
  }

  @Test
  void aPartnerAsksToJoinTheOwnerSeesTheRequestAndAccepts() {
    String hostile = "<script>alert(1)</script> mag ik meedoen?";
    String ask =
        Json.createObjectBuilder()
            .add("memberId", KASTANJELAAN)
            .add("message", hostile)
            .build()
            .toString();
    var asked = Api.send("POST", "/api/communities/" + id + "/requests", "partner", ask, null);
    assertEquals(201, asked.statusCode(), asked.body());
    var twice = Api.send("POST", "/api/communities/" + id + "/requests", "partner", ask, "en");
    assertEquals(409, twice.statusCode(), twice.body());
    assertTrue(json(twice.body()).getString("message").contains("already"), twice.body());

    assertEquals(403, Api.get("/api/communities/" + id + "/requests", "partner").statusCode());
    var requests = Api.get("/api/communities/" + id + "/requests", OWNER);
    assertEquals(200, requests.statusCode(), requests.body());
    JsonObject request =
        Json.createReader(new StringReader(requests.body())).readArray().getJsonObject(0);
    assertEquals(KASTANJELAAN, request.getString("memberId"));
    assertEquals(hostile, request.getString("message"), "stored as typed, as text");

    var accepted =
        Api.send(
            "POST",
            "/api/communities/" + id + "/requests/" + KASTANJELAAN + "/accept",
            OWNER,
            "{\"role\": \"school in de wijk\"}",
            null);
    assertEquals(200, accepted.statusCode(), accepted.body());
    JsonObject member = json(accepted.body()).getJsonArray("members").getJsonObject(0);
    assertEquals(KASTANJELAAN, member.getString("id"));
    assertEquals("school in de wijk", member.getString("role"));

    var again =
        Api.send(
            "POST",
            "/api/communities/" + id + "/requests/" + KASTANJELAAN + "/decline",
            OWNER,
            null,
            null);
    assertEquals(404, again.statusCode(), "answered once: " + again.body());
  }

  @Test
  void badInputIsExplainedAndNeverA500() {
    var control = Api.send("POST", "/api/communities", OWNER, body("Naam\u0007bel", 0), "en");
    assertEquals(400, control.statusCode(), control.body());
    var duplicate =
        Api.send(
            "POST",
            "/api/communities",
            OWNER,
            body(json(Api.get("/api/communities/" + id, OWNER).body()).getString("name"), 0),
            null);
    assertEquals(409, duplicate.statusCode(), duplicate.body());
    HttpResponse<String> notFound = Api.get("/api/communities/does-not-exist", OWNER);
    assertEquals(404, notFound.statusCode());
    assertEquals(
        400,
        Api.send(
                "POST",
                "/api/communities/" + DEMO + "/requests",
                "partner",
                "{\"memberId\": \"x' OR 1=1\"}",
                null)
            .statusCode());
    var forOther =
        Api.send(
            "POST",
            "/api/communities/" + DEMO + "/requests",
            "partner",
            "{\"memberId\": \"00000000-0000-4000-8000-000000000201\"}",
            null);
    assertEquals(403, forOther.statusCode(), "not her organisation: " + forOther.body());
    var list = Api.get("/api/communities?q=samen%20digitaal&limit=5", "beleid");
    assertEquals(200, list.statusCode(), list.body());
    assertFalse(json(list.body()).getJsonArray("rows").isEmpty());
  }

  /** Marieke (demo) is visible to her own organisation only: others see "a contact person of". */
  @Test
  void membersAreShownOnlyAsFarAsTheirVisibilityAllows() {
    var r = Api.get("/api/communities/" + DEMO, "partner");
    assertEquals(200, r.statusCode(), r.body());
    var members =
        jakarta.json.Json.createReader(new java.io.StringReader(r.body()))
            .readObject()
            .getJsonArray("members");
    assertTrue(
        members.stream()
            .map(v -> v.asJsonObject().getString("name", ""))
            .noneMatch(n -> n.contains("Marieke")),
        members.toString());
    assertTrue(
        members.stream()
            .map(v -> v.asJsonObject())
            .anyMatch(m ->
                m.getString("name", "").contains("Stichting Welzijn Oost")
                    && "person".equals(m.getString("kind", ""))
                    && (!m.containsKey("id") || m.isNull("id"))),
        "she is shown as a contact person of her organisation: " + members);
  }
}
