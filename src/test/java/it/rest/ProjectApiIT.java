package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code /api/project-rounds} and {@code /api/network-projects} on the demo
 * accounts: "beleid" (policy cell of Utrecht, PV26) opens rounds and adds projects;
 * "bibliothecaris" (librarian of De Vaart, in Utrecht) signs De Vaart up; "partner" only reads.
 * Every test opens its own round, so tests do not share tickets.
 */
class ProjectApiIT {

  private static final String DE_VAART = "00000000-0000-4000-8000-000000000101";
  private static final String HEUVELRAND = "00000000-0000-4000-8000-000000000102";
  private static final String POLICY = "beleid";
  private static final String LIBRARIAN = "bibliothecaris";

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }

  private static String round(int tickets) {
    var r =
        Api.send(
            "POST",
            "/api/project-rounds",
            POLICY,
            "{\"name\": \"Ronde IT "
                + System.nanoTime()
                + "\", \"year\": 2026, \"ticketsPerLibrary\": "
                + tickets
                + "}",
            "nl");
    assertEquals(201, r.statusCode(), r.body());
    JsonObject round = json(r.body());
    assertEquals(
        List.of("PV26"),
        round.getJsonArray("regionIds").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(s -> s.getString())
            .toList());
    return round.getString("id");
  }

  private static String project(String round, String name) {
    String body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("priorityId", "participatie-zelfredzaamheid")
            .add("targetGroupId", "laaggeletterden")
            .add("intendedEffect", "Meer mensen lezen mee")
            .add("subjects", Json.createArrayBuilder().add("taal"))
            .build()
            .toString();
    var r = Api.send("POST", "/api/project-rounds/" + round + "/projects", POLICY, body, "nl");
    assertEquals(201, r.statusCode(), r.body());
    return json(r.body()).getString("id");
  }

  private static HttpResponse<String> signUp(String user, String project, String language) {
    return Api.send("POST", "/api/network-projects/" + project + "/signups", user, "{}", language);
  }

  @Test
  void aPolicyCellOpensARoundAndALibrarianSignsUpUntilTheTicketsAreUsed() {
    String round = round(2);
    String a = project(round, "A");
    String b = project(round, "B");
    String c = project(round, "C");
    var first = signUp(LIBRARIAN, a, "nl");
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(1, json(first.body()).getInt("left"));
    var twice = signUp(LIBRARIAN, a, "en");
    assertEquals(409, twice.statusCode(), twice.body());
    assertEquals(
        "This library has already signed up for this project.",
        json(twice.body()).getString("message"));
    assertEquals(201, signUp(LIBRARIAN, b, "nl").statusCode());
    var third = signUp(LIBRARIAN, c, "nl");
    assertEquals(409, third.statusCode(), third.body());
    assertTrue(json(third.body()).getString("message").contains("tickets"), third.body());

    var signups = Api.get("/api/network-projects/" + a + "/signups", "partner");
    assertEquals(200, signups.statusCode(), signups.body());
    assertEquals(DE_VAART, array(signups.body()).getJsonObject(0).getString("libraryId"));
    var libraries = Api.get("/api/project-rounds/" + round + "/libraries", "partner");
    assertEquals(200, libraries.statusCode(), libraries.body());
    JsonObject mine = array(libraries.body()).getJsonObject(0);
    assertEquals(2, mine.getInt("used"));
    assertEquals(0, mine.getInt("left"));

    var withdrawn =
        Api.send(
            "DELETE", "/api/network-projects/" + a + "/signups/" + DE_VAART, LIBRARIAN, null, "nl");
    assertEquals(200, withdrawn.statusCode(), withdrawn.body());
    assertEquals(1, json(withdrawn.body()).getInt("left"));
    assertEquals(201, signUp(LIBRARIAN, c, "nl").statusCode());
  }

  @Test
  void aProjectIsEditedOverItsVersionAndAStaleEditIsAConflict() {
    String round = round(3);
    String a = project(round, "A");
    String edit =
        "{\"name\": \"A2\", \"priorityId\": \"jeugd-onderwijs\", \"targetGroupId\": \"jeugd\","
            + " \"goal\": \"Meer voorlezen\", \"version\": 1}";
    var saved = Api.send("PUT", "/api/network-projects/" + a, POLICY, edit, "nl");
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(2, json(saved.body()).getInt("version"));
    assertEquals("jeugd-onderwijs", json(saved.body()).getString("priorityId"));
    var stale = Api.send("PUT", "/api/network-projects/" + a, POLICY, edit, "en");
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(json(stale.body()).getString("message").contains("Someone else"), stale.body());
    assertEquals(
        403, Api.send("PUT", "/api/network-projects/" + a, LIBRARIAN, edit, "nl").statusCode());
    assertEquals(
        "A2", json(Api.get("/api/network-projects/" + a, "partner").body()).getString("name"));

    String change = "{\"name\": \"Ronde bis\", \"ticketsPerLibrary\": 5, \"version\": 1}";
    var round2 = Api.send("PUT", "/api/project-rounds/" + round, POLICY, change, "nl");
    assertEquals(200, round2.statusCode(), round2.body());
    assertEquals(5, json(round2.body()).getInt("ticketsPerLibrary"));
    assertEquals(
        409, Api.send("PUT", "/api/project-rounds/" + round, POLICY, change, "nl").statusCode());
    assertEquals(
        403, Api.send("PUT", "/api/project-rounds/" + round, "partner", change, "nl").statusCode());
  }

  @Test
  void partnersReadOnlyAndALibrarianSignsUpOnlyItsOwnLibrary() {
    String round = round(3);
    String a = project(round, "A");
    assertEquals(403, signUp("partner", a, "nl").statusCode());
    var other =
        Api.send(
            "POST",
            "/api/network-projects/" + a + "/signups",
            LIBRARIAN,
            "{\"libraryId\": \"" + HEUVELRAND + "\"}",
            "nl");
    assertEquals(403, other.statusCode(), other.body());
    var open = Api.send("POST", "/api/project-rounds", "partner", "{\"name\": \"R\"}", "nl");
    assertEquals(403, open.statusCode(), open.body());
    assertEquals(
        403,
        Api.send("POST", "/api/project-rounds/" + round + "/close", LIBRARIAN, null, "nl")
            .statusCode());
    assertEquals(200, Api.get("/api/project-rounds/" + round, "partner").statusCode());
    assertEquals(200, Api.get("/api/network-projects/" + a, "partner").statusCode());
    assertEquals(404, Api.get("/api/network-projects/nope", "partner").statusCode());
    assertEquals(401, Api.get("/api/project-rounds", null).statusCode());
  }

  @Test
  void badInputIsAClearFourHundredAndNeverAFiveHundred() {
    var bad =
        Api.send(
            "POST",
            "/api/project-rounds",
            POLICY,
            "{\"name\": \"<script>x</script>\", \"year\": 1, \"ticketsPerLibrary\": 99, \"regionIds\": [\"PV27\"]}",
            "en");
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("plain text"), bad.body());
    int broken = Api.send("POST", "/api/project-rounds", POLICY, "{\"name\": ", "nl").statusCode();
    assertEquals(4, broken / 100, "broken JSON is a client error, not " + broken);
    String round = round(3);
    var project =
        Api.send(
            "POST",
            "/api/project-rounds/" + round + "/projects",
            POLICY,
            "{\"name\": \"P\", \"priorityId\": \"mediawijsheid\", \"targetGroupId\": \"nobody\"}",
            "en");
    assertEquals(400, project.statusCode(), project.body());
    assertTrue(project.body().contains("five priorities"), project.body());
    assertEquals(
        0, array(Api.get("/api/project-rounds/" + round + "/projects", POLICY).body()).size());
  }

  @Test
  void signingUpAfterTheRoundClosedIsRefusedWithAClearMessage() {
    String round = round(3);
    String a = project(round, "A");
    String b = project(round, "B");
    assertEquals(201, signUp(LIBRARIAN, a, "nl").statusCode());
    var closed = Api.send("POST", "/api/project-rounds/" + round + "/close", POLICY, null, "nl");
    assertEquals(200, closed.statusCode(), closed.body());
    assertEquals("closed", json(closed.body()).getString("status"));
    var late = signUp(LIBRARIAN, b, "nl");
    assertEquals(409, late.statusCode(), late.body());
    assertEquals(
        "Deze ronde is gesloten: aanmelden en afmelden kan niet meer.",
        json(late.body()).getString("message"));
    var withdraw =
        Api.send(
            "DELETE", "/api/network-projects/" + a + "/signups/" + DE_VAART, LIBRARIAN, null, "nl");
    assertEquals(409, withdraw.statusCode(), withdraw.body());
    assertEquals(
        1, array(Api.get("/api/network-projects/" + a + "/signups", POLICY).body()).size());
    assertEquals(
        0, array(Api.get("/api/network-projects/" + b + "/signups", POLICY).body()).size());
  }

  @Test
  void twentyConcurrentSignUpsForTheLastTicketLetExactlyOneThrough() throws Exception {
    String round = round(3);
    List<String> projects = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      projects.add(project(round, "Race " + i));
    }
    assertEquals(201, signUp(LIBRARIAN, projects.get(20), "nl").statusCode());
    assertEquals(201, signUp(LIBRARIAN, projects.get(21), "nl").statusCode());
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<HttpResponse<String>>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String id = projects.get(i);
        results.add(
            pool.submit(() -> {
              start.await();
              return signUp(LIBRARIAN, id, "en");
            }));
      }
      start.countDown();
      int ok = 0;
      int conflicts = 0;
      for (Future<HttpResponse<String>> f : results) {
        HttpResponse<String> r = f.get(180, TimeUnit.SECONDS);
        if (r.statusCode() / 100 == 2) {
          ok++;
        } else {
          assertEquals(409, r.statusCode(), r.body());
          assertEquals(
              "All 3 tickets of this library in this round are used. Withdraw from another project first.",
              json(r.body()).getString("message"));
          conflicts++;
        }
      }
      assertEquals(1, ok);
      assertEquals(19, conflicts);
    } finally {
      pool.shutdownNow();
    }
    var mine = Api.get("/api/project-rounds/" + round + "/libraries/" + DE_VAART, POLICY);
    assertEquals(200, mine.statusCode(), mine.body());
    assertEquals(3, json(mine.body()).getInt("used"));
    assertEquals(0, json(mine.body()).getInt("left"));
  }
}
