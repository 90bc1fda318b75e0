package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/collaborations} against the running application: who may propose, confirm and end,
 * and what each refusal says. Each test makes its own partner (unclaimed, so the demo librarian may
 * speak for it).
 */
class CollaborationApiIT {

  private static final String DE_VAART = "00000000-0000-4000-8000-000000000101";

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static String newPartner() {
    return Api.newPartner("Samenwerkingstest");
  }

  private static final String NOTE = "Zullen we samen iets doen? (MATCH (n) DETACH DELETE n)";

  private static HttpResponse<String> propose(String user, String from, String to, String since) {
    return propose(user, from, to, since, NOTE);
  }

  private static HttpResponse<String> propose(
      String user, String from, String to, String since, String note) {
    var body =
        Json.createObjectBuilder()
            .add("from", from)
            .add("to", to)
            .add("topic", "taalvaardigheid")
            .add("note", note);
    if (since != null) {
      body.add("since", since);
    }
    return Api.send("POST", "/api/collaborations", user, body.build().toString(), "en");
  }

  @Test
  void proposeThenConfirmAsTheOtherSideAndItIsOnTheMap() {
    String partner = newPartner();
    var proposed = propose("bibliothecaris", DE_VAART, partner, "2026-11-20");
    assertEquals(201, proposed.statusCode(), proposed.body());
    JsonObject c = json(proposed);
    assertEquals("proposed", c.getString("status"));
    assertEquals("bibliothecaris", c.getString("assertedBy"));
    assertEquals(NOTE, c.getString("note"), "stored as text");
    String id = c.getString("id");
    assertTrue(proposed.headers().firstValue("Location").orElse("").endsWith(id));

    var map = json(Api.get("/api/socialmap?centre=" + partner + "&depth=1", "beleid"));
    var edge = map.getJsonArray("edges").getJsonObject(0);
    assertEquals("proposed", edge.getString("status"));
    assertEquals(id, edge.getString("id"));
    assertEquals("bibliothecaris", edge.getString("assertedBy"));

    assertEquals(
        403,
        Api.send("POST", "/api/collaborations/" + id + "/confirm", "partner", null, "en")
            .statusCode(),
        "the demo partner does not speak for this partner");
    var confirmed =
        Api.send("POST", "/api/collaborations/" + id + "/confirm", "beheerder", null, "en");
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    assertEquals("confirmed", json(confirmed).getString("status"));
    assertTrue(json(confirmed).getBoolean("confirmedOnBehalf"));
    assertEquals(
        "confirmed",
        json(Api.get("/api/socialmap?centre=" + partner + "&depth=1&status=confirmed", "beleid"))
            .getJsonArray("edges")
            .getJsonObject(0)
            .getString("status"));
  }

  @Test
  void endingKeepsTheRelationAndItsHistory() {
    String partner = newPartner();
    String id = json(propose("bibliothecaris", DE_VAART, partner, null)).getString("id");
    var ended =
        Api.send(
            "POST",
            "/api/collaborations/" + id + "/end",
            "bibliothecaris",
            "{\"until\":\"2026-11-21\"}",
            "en");
    assertEquals(200, ended.statusCode(), ended.body());
    assertEquals("ended", json(ended).getString("status"));
    assertEquals("2026-11-21", json(ended).getString("until"));
    assertEquals("withdrawn", json(ended).getString("endReason"));
    var history = Api.get("/api/collaborations?organisation=" + partner, "beleid");
    assertEquals(1, Json.createReader(new StringReader(history.body())).readArray().size());
    assertEquals(
        409,
        Api.send("POST", "/api/collaborations/" + id + "/end", "bibliothecaris", "{}", "en")
            .statusCode());
  }

  @Test
  void refusalsAreExplainedAndChangeNothing() {
    String partner = newPartner();
    var policy = propose("beleid", DE_VAART, partner, null);
    assertEquals(403, policy.statusCode(), "a policy account speaks for no organisation");
    var notMine = propose("partner", DE_VAART, partner, null);
    assertEquals(403, notMine.statusCode(), "a partner speaks only for its own organisation");
    var badDate = propose("bibliothecaris", DE_VAART, partner, "21-11-2026");
    assertEquals(400, badDate.statusCode());
    assertEquals(
        "since", json(badDate).getJsonArray("fieldErrors").getJsonObject(0).getString("field"));
    var unknown = propose("bibliothecaris", DE_VAART, "bestaat-niet", null);
    assertEquals(404, unknown.statusCode());
    var hostile = propose("bibliothecaris", DE_VAART, "x' OR 1=1 //", null);
    assertEquals(400, hostile.statusCode());
    var markup = propose("bibliothecaris", DE_VAART, partner, null, "<script>alert(1)</script>");
    assertEquals(400, markup.statusCode(), markup.body());
    assertEquals(
        "note", json(markup).getJsonArray("fieldErrors").getJsonObject(0).getString("field"));
    var same = propose("bibliothecaris", DE_VAART, DE_VAART, null);
    assertEquals(400, same.statusCode());
    assertTrue(same.body().contains("cannot collaborate with itself"), same.body());
    assertEquals(
        0,
        Json.createReader(
                new StringReader(
                    Api.get("/api/collaborations?organisation=" + partner, "beleid").body()))
            .readArray()
            .size(),
        "nothing was stored");

    assertEquals(201, propose("bibliothecaris", DE_VAART, partner, null).statusCode());
    var duplicate = propose("bibliothecaris", partner, DE_VAART, null);
    assertEquals(409, duplicate.statusCode());
    assertFalse(json(duplicate).getJsonObject("detail").getString("id").isBlank());
    assertEquals(
        404,
        Api.send("POST", "/api/collaborations/bestaat-niet/confirm", "beheerder", null, "en")
            .statusCode());
    assertEquals(401, Api.send("POST", "/api/collaborations", null, "{}", "en").statusCode());
  }
}
