package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code /api/savedmaps} on the demo accounts: "bibliothecaris" (librarian of De
 * Vaart) owns the maps; "partner" (another organisation) and "beleid" (none) are outsiders, who get
 * a 404 as for a map that does not exist; "beheerder" (admin) may change anyone's. Every test
 * deletes what it saved.
 */
class SavedMapApiIT {

  private static final String DE_VAART = "00000000-0000-4000-8000-000000000101";
  private static final String OWNER = "bibliothecaris";

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }

  private static String body(String name, String query, String positions, boolean shared) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("description", "Voor het overleg")
        .add("centre", DE_VAART)
        .add("query", query)
        .add("shared", shared)
        .build()
        .toString()
        .replaceFirst("\\}$", positions == null ? "}" : ",\"positions\":" + positions + "}");
  }

  private static HttpResponse<String> save(String user, String body, String language) {
    return Api.send("POST", "/api/savedmaps", user, body, language);
  }

  private static String saved(String name, boolean shared) {
    var r =
        save(
            OWNER,
            body(name, "depth=2", "{\"" + DE_VAART + "\": {\"x\": 12.5, \"y\": -3}}", shared),
            null);
    assertEquals(201, r.statusCode(), r.body());
    return json(r.body()).getString("id");
  }

  private static List<String> listed(String user) {
    var r = Api.get("/api/savedmaps?limit=500", user);
    assertEquals(200, r.statusCode(), r.body());
    return array(r.body()).getValuesAs(JsonObject.class).stream()
        .map(m -> m.getString("id"))
        .toList();
  }

  @Test
  void theOwnerSavesListsOpensRenamesAndDeletesAMap() {
    var created =
        save(
            OWNER,
            body(
                "Taal rond De Vaart",
                "centre=x&depth=2&topic=taalvaardigheid&evil=1",
                "{\"" + DE_VAART + "\": {\"x\": 12.5, \"y\": -3}}",
                false),
            null);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject map = json(created.body());
    String id = map.getString("id");
    assertTrue(
        created.headers().firstValue("Location").orElse("").endsWith("/api/savedmaps/" + id),
        created.headers().toString());
    assertEquals("Taal rond De Vaart", map.getString("name"));
    assertEquals(DE_VAART, map.getString("centre"));
    assertFalse(map.getString("centreName").isBlank());
    assertEquals("depth=2&topic=taalvaardigheid", map.getString("query"), "unknown keys dropped");
    assertEquals(OWNER, map.getString("ownerUsername"));
    assertEquals(
        12.5,
        map.getJsonObject("positions").getJsonObject(DE_VAART).getJsonNumber("x").doubleValue());

    assertTrue(listed(OWNER).contains(id));
    var opened = Api.get("/api/savedmaps/" + id, OWNER);
    assertEquals(200, opened.statusCode(), opened.body());
    assertEquals(map, json(opened.body()));

    var renamed =
        Api.send(
            "PUT",
            "/api/savedmaps/" + id,
            OWNER,
            "{\"name\": \"Nieuwe naam\", \"description\": \"Anders\", \"shared\": false}",
            null);
    assertEquals(200, renamed.statusCode(), renamed.body());
    assertEquals("Nieuwe naam", json(renamed.body()).getString("name"));
    assertEquals("Anders", json(renamed.body()).getString("description"));
    assertEquals(
        map.getJsonObject("positions"),
        json(renamed.body()).getJsonObject("positions"),
        "renaming keeps the layout");

    assertEquals(204, Api.send("DELETE", "/api/savedmaps/" + id, OWNER, null, null).statusCode());
    assertEquals(404, Api.get("/api/savedmaps/" + id, OWNER).statusCode());
    assertFalse(listed(OWNER).contains(id));
  }

  @Test
  void outsidersGetNotFoundAndOnlyOwnerOrAdminChangesAMap() {
    String id = saved("Gedeeld met De Vaart", true);
    try {
      for (String outsider : List.of("partner", "beleid")) {
        assertEquals(404, Api.get("/api/savedmaps/" + id, outsider).statusCode(), outsider);
        assertEquals(
            404,
            Api.send("PUT", "/api/savedmaps/" + id, outsider, "{\"name\": \"Gekaapt\"}", null)
                .statusCode(),
            outsider);
        assertEquals(
            404,
            Api.send("DELETE", "/api/savedmaps/" + id, outsider, null, null).statusCode(),
            outsider);
        assertFalse(listed(outsider).contains(id), outsider);
      }
      var notFound = Api.get("/api/savedmaps/00000000-0000-4000-8000-00000000dead", "partner");
      assertEquals(404, notFound.statusCode(), "the same answer as for a map that does not exist");

      var byAdmin =
          Api.send(
              "PUT",
              "/api/savedmaps/" + id,
              "beheerder",
              "{\"name\": \"Door beheer\", \"shared\": true}",
              null);
      assertEquals(200, byAdmin.statusCode(), byAdmin.body());
      JsonObject changed = json(byAdmin.body());
      assertEquals("Door beheer", changed.getString("name"));
      assertEquals(DE_VAART, changed.getString("libraryId"), "still shared with the owner's");
      assertEquals(OWNER, changed.getString("ownerUsername"));
      assertEquals(
          "Door beheer", json(Api.get("/api/savedmaps/" + id, OWNER).body()).getString("name"));
    } finally {
      Api.send("DELETE", "/api/savedmaps/" + id, OWNER, null, null);
    }
  }

  @Test
  void badInputIsABadRequestWithReasonsAndStoresNothing() {
    List<String> before = listed(OWNER);
    record Bad(String field, String body) {}
    for (Bad bad :
        List.of(
            new Bad("name", body("   ", "depth=1", null, false)),
            new Bad("name", body("x".repeat(10_000), "depth=1", null, false)),
            new Bad("query", body("Goed", "depth=99", null, false)),
            new Bad("query", body("Goed", "topic=" + "t".repeat(201), null, false)),
            new Bad("positions", body("Goed", "depth=1", "[1, 2, 3]", false)),
            new Bad(
                "positions", body("Goed", "depth=1", "{\"a\": {\"x\": \"1\", \"y\": 2}}", false)),
            new Bad("positions", body("Goed", "depth=1", "\"{not json\"", false)),
            new Bad(
                "centre",
                body("Goed", "depth=1", null, false).replace(DE_VAART, "') DETACH DELETE n //")),
            new Bad(
                "centre",
                body("Goed", "depth=1", null, false)
                    .replace(DE_VAART, "00000000-0000-4000-8000-00000000dead")))) {
      var r = save(OWNER, bad.body(), "en");
      assertEquals(400, r.statusCode(), bad + " → " + r.body());
      assertTrue(r.body().contains("\"field\":\"" + bad.field() + "\""), r.body());
    }
    var english = save(OWNER, body("", "depth=1", null, false), "en");
    assertTrue(english.body().contains("this field is required"), english.body());
    assertEquals(400, save(OWNER, "{not json", null).statusCode());
    assertEquals(400, save(OWNER, "", null).statusCode());
    var share = save("beleid", body("Goed", "depth=1", null, true), "en");
    assertEquals(400, share.statusCode(), "no organisation to share with");
    assertTrue(share.body().contains("\"field\":\"shared\""), share.body());
    assertEquals(401, save(null, body("Goed", "depth=1", null, false), null).statusCode());
    assertEquals(401, Api.get("/api/savedmaps", null).statusCode());
    assertEquals(before, listed(OWNER), "nothing was stored");
  }

  @Test
  void hostileTextIsStoredAsTextAndForeignQueryKeysAreDropped() {
    var r =
        save(
            OWNER,
            body(
                "<script>alert(1)</script>",
                "depth=1&sector=zorg&x=%3Cscript%3E&javascript:alert(1)=1&saved=abc",
                null,
                false),
            null);
    assertEquals(201, r.statusCode(), r.body());
    JsonObject map = json(r.body());
    try {
      assertEquals("<script>alert(1)</script>", map.getString("name"));
      assertEquals("depth=1&sector=zorg", map.getString("query"));
      assertFalse(map.containsKey("positions"));
    } finally {
      Api.send("DELETE", "/api/savedmaps/" + map.getString("id"), OWNER, null, null);
    }
  }
}
