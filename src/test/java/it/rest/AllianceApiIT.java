package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code /api/alliances} on the demo accounts: "beleid" is the policy cell of the
 * province of Utrecht, "bibliothecaris" the librarian of De Vaart, "partner" a partner account,
 * "beheerder" the admin. Each test makes its own alliance with a unique name.
 */
class AllianceApiIT {

  private static final String DE_VAART = "00000000-0000-4000-8000-000000000101";
  private static final String HEUVELRAND = "00000000-0000-4000-8000-000000000102";
  private static final String PARTNER_ORG = "00000000-0000-4000-8000-000000000201";

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static String body(
      String name, String member, List<String> municipalities, long version) {
    var places = Json.createArrayBuilder();
    municipalities.forEach(places::add);
    return Json.createObjectBuilder()
        .add("name", name)
        .add("description", "<script>alert(1)</script> samen")
        .add("since", "2026-01-01")
        .add(
            "members",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("organisationId", member)
                        .add("role", "penvoerder"))
                .add(
                    Json.createObjectBuilder()
                        .add("organisationId", HEUVELRAND)
                        .add("role", "deelnemer"))
                .add(
                    Json.createObjectBuilder()
                        .add("organisationId", PARTNER_ORG)
                        .add("role", "kernpartner")))
        .add("municipalityIds", places)
        .add("topicIds", Json.createArrayBuilder().add("taalvaardigheid"))
        .add("version", version)
        .build()
        .toString();
  }

  private static String created(String name) {
    var r =
        Api.send(
            "POST",
            "/api/alliances",
            "beleid",
            body(name, DE_VAART, List.of("GM0344", "GM0355"), 0),
            null);
    assertEquals(201, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Location").orElseThrow().contains("/api/alliances/"));
    return json(r.body()).getString("id");
  }

  private static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void thePolicyCellCreatesAndTheMemberLibrarianEditsOverTheVersion() {
    String name = unique("Taalalliantie");
    String id = created(name);
    var read = Api.get("/api/alliances/" + id, "partner");
    assertEquals(200, read.statusCode(), read.body());
    JsonObject a = json(read.body());
    assertEquals(name, a.getString("name"));
    assertEquals("<script>alert(1)</script> samen", a.getString("description"), "stored as text");
    assertEquals(3, a.getJsonArray("members").size());
    assertEquals("penvoerder", a.getJsonArray("members").getJsonObject(0).getString("role"));
    assertEquals(2, a.getJsonArray("municipalities").size());
    assertEquals(1, a.getInt("version"));

    var edited =
        Api.send(
            "PUT",
            "/api/alliances/" + id,
            "bibliothecaris",
            body(name + " e.o.", DE_VAART, List.of("GM0344"), 1),
            null);
    assertEquals(200, edited.statusCode(), edited.body());
    assertEquals(2, json(edited.body()).getInt("version"));

    var stale =
        Api.send(
            "PUT",
            "/api/alliances/" + id,
            "beleid",
            body(name + " oud", DE_VAART, List.of("GM0344"), 1),
            "en");
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(json(stale.body()).getString("message").contains("bibliothecaris"), stale.body());
    assertEquals(name + " e.o.", json(stale.body()).getJsonObject("detail").getString("name"));

    var byPartner =
        Api.send(
            "PUT",
            "/api/alliances/" + id,
            "partner",
            body("Van mij", DE_VAART, List.of("GM0344"), 2),
            null);
    assertEquals(403, byPartner.statusCode(), byPartner.body());

    var listed = Api.get("/api/alliances?q=" + name.substring(name.length() - 8), "bibliothecaris");
    assertEquals(200, listed.statusCode(), listed.body());
    assertEquals(1, json(listed.body()).getInt("total"));
  }

  @Test
  void endingKeepsItReadable() {
    String id = created(unique("Eindig"));
    var byLibrarian =
        Api.send(
            "POST", "/api/alliances/" + id + "/end", "bibliothecaris", "{\"version\": 1}", null);
    assertEquals(403, byLibrarian.statusCode(), byLibrarian.body());
    var ended =
        Api.send(
            "POST",
            "/api/alliances/" + id + "/end",
            "beleid",
            "{\"until\": \"2026-12-31\", \"version\": 1}",
            null);
    assertEquals(200, ended.statusCode(), ended.body());
    assertEquals("ended", json(ended.body()).getString("status"));
    assertEquals("2026-12-31", json(ended.body()).getString("until"));
    var again =
        Api.send(
            "PUT",
            "/api/alliances/" + id,
            "beheerder",
            body("Weer", DE_VAART, List.of("GM0344"), 2),
            null);
    assertEquals(400, again.statusCode(), again.body());
    assertEquals(200, Api.get("/api/alliances/" + id, "beleid").statusCode());
  }

  @Test
  void badInputIsA400WithFieldsAndNeverA500() {
    var empty =
        Api.send(
            "POST", "/api/alliances", "beleid", body(" ", DE_VAART, List.of("GM0344"), 0), "en");
    assertEquals(400, empty.statusCode(), empty.body());
    assertEquals(
        "name", json(empty.body()).getJsonArray("fieldErrors").getJsonObject(0).getString("field"));

    var unknown =
        Api.send(
            "POST",
            "/api/alliances",
            "beleid",
            body(unique("X"), "no-such-organisation", List.of("GM0344"), 0),
            "en");
    assertEquals(400, unknown.statusCode(), unknown.body());
    assertTrue(unknown.body().contains("no-such-organisation"), unknown.body());

    var otherProvince =
        Api.send(
            "POST",
            "/api/alliances",
            "beleid",
            body(unique("X"), DE_VAART, List.of("GM0363"), 0),
            "en");
    assertEquals(403, otherProvince.statusCode(), otherProvince.body());

    var byLibrarian =
        Api.send(
            "POST",
            "/api/alliances",
            "bibliothecaris",
            body(unique("X"), DE_VAART, List.of("GM0344"), 0),
            "en");
    assertEquals(403, byLibrarian.statusCode(), byLibrarian.body());

    var noBody = Api.send("POST", "/api/alliances", "beleid", "null", "en");
    assertEquals(400, noBody.statusCode(), noBody.body());

    var missing = Api.get("/api/alliances/00000000-0000-4000-8000-00000000ffff", "beleid");
    assertEquals(404, missing.statusCode(), missing.body());

    var badRegion = Api.get("/api/alliances/suggestions?region=PV99", "beleid");
    assertEquals(400, badRegion.statusCode(), badRegion.body());
    assertEquals(
        "application/json",
        badRegion.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));

    var badStatus = Api.get("/api/alliances?status=%3Cb%3E", "beleid");
    assertEquals(400, badStatus.statusCode(), badStatus.body());
  }

  @Test
  void suggestionsForUtrechtGroupTheNeighbouringLibrariesWithTheirReasons() {
    var r = Api.get("/api/alliances/suggestions?region=PV26&topic=taalvaardigheid", "beleid");
    assertEquals(200, r.statusCode(), r.body());
    JsonArray suggestions = Json.createReader(new StringReader(r.body())).readArray();
    assertTrue(suggestions.size() >= 1, r.body());
    JsonObject first = suggestions.getJsonObject(0);
    List<String> libraries =
        first.getJsonArray("libraries").getValuesAs(JsonObject.class).stream()
            .map(l -> l.getString("id"))
            .toList();
    assertTrue(libraries.containsAll(List.of(DE_VAART, HEUVELRAND)), r.body());
    assertTrue(first.getJsonNumber("maxKm").doubleValue() > 5, r.body());
    assertEquals(401, Api.get("/api/alliances/suggestions?region=PV26", null).statusCode());
  }

  @Test
  void whatIfGivesCoverageBeforeAndAfterAndRefusesLibrariesOutsideTheProvince() {
    var r =
        Api.get(
            "/api/alliances/whatif?region=PV26&topic=taalvaardigheid&targetGroup=laaggeletterden&libraries="
                + DE_VAART
                + ","
                + HEUVELRAND,
            "beleid");
    assertEquals(200, r.statusCode(), r.body());
    JsonObject gain = json(r.body());
    long need = gain.getJsonNumber("peopleInNeed").longValue();
    long before = gain.getJsonNumber("peopleCoveredBefore").longValue();
    long after = gain.getJsonNumber("peopleCoveredAfter").longValue();
    assertTrue(need > 0 && before <= after && after <= need, r.body());
    assertEquals(
        26, gain.getInt("municipalities"), "the municipalities of the province of Utrecht");

    var outside =
        Api.get(
            "/api/alliances/whatif?region=PV26&topic=taalvaardigheid&libraries="
                + DE_VAART
                + ",00000000-0000-4000-8000-000000000103",
            "beleid");
    assertEquals(400, outside.statusCode(), outside.body());
    assertTrue(outside.body().contains("Scheldemeersen"), outside.body());

    var noTopic = Api.get("/api/alliances/whatif?region=PV26&libraries=" + DE_VAART, "beleid");
    assertEquals(400, noTopic.statusCode(), noTopic.body());
    var noLibraries = Api.get("/api/alliances/whatif?region=PV26&topic=taalvaardigheid", "beleid");
    assertEquals(400, noLibraries.statusCode(), noLibraries.body());
  }
}
