package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code /api/taalnetwerken} on the demo accounts: "bibliothecaris" (De Vaart,
 * whose central branch can be a Taalhuis) creates and edits networks of her own; "heuvelrand" (a
 * library not in them) and "partner" may read but not write; "beleid" (province of Utrecht) may
 * write networks covering Utrecht. Each test makes networks of its own and leaves the demo network
 * as it is.
 */
class TaalnetwerkApiIT {

  private static final String OWNER = "bibliothecaris";
  private static final String DE_VAART = "00000000-0000-4000-8000-000000000101";
  private static final String CENTRAL_BRANCH = "00000000-0000-4000-8000-000000000111";
  private static final String TAALSCHOOL = "00000000-0000-4000-8000-000000000202";
  private static final String DEMO = "00000000-0000-4000-8000-000000000401";

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static JsonObjectBuilder body(String name, long version) {
    JsonArrayBuilder members =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("organisationId", DE_VAART)
                    .add("roles", Json.createArrayBuilder().add("regisseren").add("faciliteren")))
            .add(
                Json.createObjectBuilder()
                    .add("organisationId", TAALSCHOOL)
                    .add("roles", Json.createArrayBuilder().add("programmeren"))
                    .add("since", "2024-09-01"));
    return Json.createObjectBuilder()
        .add("name", name)
        .add("description", "Taal in de wijk.")
        .add("municipalityCodes", Json.createArrayBuilder().add("GM0344"))
        .add("taalhuisBranchId", CENTRAL_BRANCH)
        .add("taalhuisPhase", "in oprichting")
        .add("members", members)
        .add("version", version);
  }

  private static String create(String name) {
    var r = Api.send("POST", "/api/taalnetwerken", OWNER, body(name, 0).build().toString(), "nl");
    assertEquals(201, r.statusCode(), r.body());
    JsonObject n = json(r.body());
    assertTrue(
        r.headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/api/taalnetwerken/" + n.getString("id")),
        r.headers().toString());
    return n.getString("id");
  }

  private static long matches(String name) {
    var r =
        Api.get(
            "/api/taalnetwerken?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), "beleid");
    assertEquals(200, r.statusCode(), r.body());
    return json(r.body()).getJsonNumber("total").longValue();
  }

  @Test
  void theLibrarianCreatesANetworkWithItsCompleteness() {
    String name = "API-taalnetwerk " + System.nanoTime();
    String id = create(name);
    JsonObject n = json(Api.get("/api/taalnetwerken/" + id, "partner").body());
    assertEquals(name, n.getString("name"));
    assertEquals(1, n.getInt("version"));
    assertEquals("in oprichting", n.getJsonObject("taalhuis").getString("phase"));
    assertEquals(DE_VAART, n.getJsonObject("taalhuis").getString("libraryId"));
    assertEquals(2, n.getJsonArray("members").size());
    JsonObject completeness = n.getJsonObject("completeness");
    assertEquals(
        "[\"INTERMEDIEREN\"]",
        completeness.getJsonArray("missing").toString(),
        "intermediëren is missing");
    assertEquals(3, completeness.getJsonArray("soleHolders").size(), "one holder per role");
    assertEquals(1, matches(name));
  }

  @Test
  void editsGoOverTheVersionAndOnlyForThoseWhoMay() {
    String name = "API-versie " + System.nanoTime();
    String id = create(name);
    var ok =
        Api.send(
            "PUT",
            "/api/taalnetwerken/" + id,
            "beleid",
            body(name + " (herzien)", 1).add("taalhuisPhase", "open").build().toString(),
            "en");
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals(2, json(ok.body()).getInt("version"));
    assertEquals("open", json(ok.body()).getJsonObject("taalhuis").getString("phase"));

    var stale =
        Api.send("PUT", "/api/taalnetwerken/" + id, OWNER, body("Oud", 1).build().toString(), "en");
    assertEquals(409, stale.statusCode(), stale.body());
    JsonObject error = json(stale.body());
    assertTrue(error.getString("message").contains("beleid"), stale.body());
    assertEquals(name + " (herzien)", error.getJsonObject("detail").getString("name"));

    for (String outsider : new String[] {"partner", "heuvelrand"}) {
      var refused =
          Api.send(
              "PUT",
              "/api/taalnetwerken/" + id,
              outsider,
              body("Van mij", 2).build().toString(),
              "nl");
      assertEquals(403, refused.statusCode(), outsider + ": " + refused.body());
      assertEquals("forbidden", json(refused.body()).getString("error"), refused.body());
    }
    var notFound =
        Api.send(
            "PUT",
            "/api/taalnetwerken/00000000-0000-4000-8000-00000000ffff",
            OWNER,
            body("x", 1).build().toString(),
            "nl");
    assertEquals(404, notFound.statusCode(), notFound.body());
    assertEquals(
        name + " (herzien)",
        json(Api.get("/api/taalnetwerken/" + id, OWNER).body()).getString("name"),
        "nothing changed");
  }

  @Test
  void badInputIsA400WithAClearMessageAndNothingIsWritten() {
    refused(b -> b.add("taalhuisPhase", "gesloten"), "taalhuisPhase", "gesloten");
    refused(
        b ->
            b.add(
                "members",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("organisationId", DE_VAART)
                            .add("roles", Json.createArrayBuilder().add("koken")))),
        "members",
        "koken");
    refused(
        b -> b.add("municipalityCodes", Json.createArrayBuilder().add("GM9999")),
        "municipalityCodes",
        "GM9999");
    refused(b -> b.add("taalhuisBranchId", "no-such-branch"), "taalhuisBranchId", "Taalhuis");
    refused(b -> b.add("name", "<script>alert(1)</script>"), "name", "<");
    refused(
        b ->
            b.add(
                "members",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("organisationId", "no-such-organisation"))),
        "members",
        "no-such-organisation");

    String name = "API-kapot " + System.nanoTime();
    var unreadable = Api.send("POST", "/api/taalnetwerken", OWNER, "{\"name\": ", "nl");
    assertEquals(400, unreadable.statusCode(), unreadable.body());
    var wrongType =
        Api.send(
            "POST",
            "/api/taalnetwerken",
            OWNER,
            body(name, 0).add("members", 7).build().toString(),
            "nl");
    assertEquals(400, wrongType.statusCode(), wrongType.body());
    assertEquals(0, matches(name));
  }

  private static void refused(Consumer<JsonObjectBuilder> change, String field, String expected) {
    String name = "API-fout " + System.nanoTime();
    JsonObjectBuilder b = body(name, 0);
    change.accept(b);
    var r = Api.send("POST", "/api/taalnetwerken", OWNER, b.build().toString(), "nl");
    assertEquals(400, r.statusCode(), r.body());
    JsonObject error = json(r.body());
    assertTrue(
        error.getJsonArray("fieldErrors").stream()
            .map(v -> v.asJsonObject())
            .anyMatch(f ->
                f.getString("field").equals(field) && f.getString("message").contains(expected)),
        r.body());
    assertEquals(0, matches(name.contains("<") ? "script" : name), "nothing written");
  }

  @Test
  void theDemoNetworkHasAllFourRolesAndAnUnknownIdIsA404() {
    JsonObject demo = json(Api.get("/api/taalnetwerken/" + DEMO, "partner").body());
    assertTrue(
        demo.getJsonObject("completeness").getJsonArray("missing").isEmpty(), demo.toString());
    assertEquals("open", demo.getJsonObject("taalhuis").getString("phase"));
    var missing = Api.get("/api/taalnetwerken/00000000-0000-4000-8000-00000000ffff", "partner");
    assertEquals(404, missing.statusCode(), missing.body());
    var list = Api.get("/api/taalnetwerken?municipality=GM0344&limit=5", "partner");
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(json(list.body()).getJsonNumber("total").longValue() >= 1);
  }
}
