package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** {@code /api/partner-suggestions} and its introduction paths on the demo network. */
class PartnerApiIT {

  private static final String HEUVELRAND = "00000000-0000-4000-8000-000000000102";

  private static final String DE_VAART = "00000000-0000-4000-8000-000000000101";

  @Test
  void suggestionsLeaveCurrentPartnersOutAndExplainThemselves() {
    var r =
        Api.get(
            "/api/partner-suggestions?for=" + DE_VAART + "&topic=taalvaardigheid&limit=5",
            "bibliothecaris");
    assertEquals(200, r.statusCode(), r.body());
    var list = Json.createReader(new StringReader(r.body())).readArray();
    assertFalse(list.isEmpty());
    assertTrue(list.size() <= 5);
    var partners =
        Json.createReader(
                new StringReader(
                    Api.get(
                            "/api/socialmap?centre="
                                + DE_VAART
                                + "&relationTypes=collaboration&status=confirmed",
                            "beleid")
                        .body()))
            .readObject()
            .getJsonArray("nodes")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(n -> n.getString("id"))
            .toList();
    for (JsonObject s : list.getValuesAs(JsonObject.class)) {
      assertFalse(partners.contains(s.getString("id")), "a current partner: " + s);
      assertFalse(s.getJsonArray("topics").isEmpty(), "works on the topic: " + s);
    }
    assertEquals(
        403,
        Api.get("/api/partner-suggestions?for=" + DE_VAART + "&topic=taalvaardigheid", "beleid")
            .statusCode());
    assertEquals(
        400, Api.get("/api/partner-suggestions?for=" + DE_VAART, "bibliothecaris").statusCode());
  }

  @Test
  void anIntroductionPathOrAClearNo() {
    var found =
        Api.get(
            "/api/partner-suggestions/introduction?for="
                + DE_VAART
                + "&to=00000000-0000-4000-8000-000000000222",
            "bibliothecaris");
    assertEquals(200, found.statusCode(), found.body());
    var steps =
        Json.createReader(new StringReader(found.body())).readObject().getJsonArray("steps");
    assertEquals(DE_VAART, steps.getJsonObject(0).getString("id"));
    assertEquals(
        "00000000-0000-4000-8000-000000000222",
        steps.getJsonObject(steps.size() - 1).getString("id"));
    var none =
        Api.send(
            "GET",
            "/api/partner-suggestions/introduction?for="
                + DE_VAART
                + "&to=00000000-0000-4000-8000-000000000103",
            "bibliothecaris",
            null,
            "en");
    assertEquals(404, none.statusCode());
    assertTrue(none.body().contains("no chain"), none.body());
  }

  private static String post(String path, String user, String body) {
    var r = Api.send("POST", path, user, body, "nl");
    assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
    return Json.createReader(new StringReader(r.body())).readObject().getString("id", null);
  }

  /**
   * A new partner X (which the librarian speaks for) works with the demo partner De Kastanjelaan, a
   * partner of De Vaart: De Vaart is introduced to X by De Kastanjelaan, whose account gets the
   * request in its inbox.
   */
  @Test
  void askingForAnIntroductionReachesTheOneInBetween() {
    String x = Api.newPartner("Introductietest");
    String c =
        post(
            "/api/collaborations",
            "bibliothecaris",
            "{\"from\":\"" + x + "\",\"to\":\"" + HEUVELRAND + "\"}");
    post("/api/collaborations/" + c + "/confirm", "heuvelrand", null);

    String ask = "/api/partner-suggestions/introduction";
    var hostile =
        Api.send(
            "POST",
            ask,
            "bibliothecaris",
            "{\"forId\":\"" + DE_VAART + "\",\"to\":\"" + x + "\",\"message\":\"<img src=x>\"}",
            "en");
    assertEquals(400, hostile.statusCode(), hostile.body());
    var notMine =
        Api.send(
            "POST", ask, "partner", "{\"forId\":\"" + DE_VAART + "\",\"to\":\"" + x + "\"}", "en");
    assertEquals(403, notMine.statusCode(), "a partner does not ask on behalf of a library");

    String message = "Graag kennismaken " + java.util.UUID.randomUUID();
    var asked =
        Api.send(
            "POST",
            ask,
            "bibliothecaris",
            "{\"forId\":\"" + DE_VAART + "\",\"to\":\"" + x + "\",\"message\":\"" + message + "\"}",
            "en");
    assertEquals(200, asked.statusCode(), asked.body());
    assertEquals(
        "Bibliotheek Heuvelrand",
        Json.createReader(new StringReader(asked.body())).readObject().getString("askedPerson"));
    var inbox =
        Json.createReader(
                new StringReader(
                    Api.get("/api/inbox?kind=INTRODUCTION&limit=200", "heuvelrand").body()))
            .readObject()
            .getJsonArray("rows");
    assertTrue(
        inbox.stream().anyMatch(v -> message.equals(v.asJsonObject().getString("message", null))),
        "the request with its message is in Heuvelrand's inbox");
  }
}
