package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The contract of {@code /api/people} on the demo: "partner" speaks for Basisschool De Kastanjelaan
 * (…0226), "bibliothecaris" is librarian of De Vaart and logs in as Noor van Dijkhuizen (…0301,
 * visible to the platform), "beleid" only reads, "beheerder" is admin. Every test removes what it
 * created and puts back what it changed.
 */
class PersonApiIT {

  private static final String KASTANJELAAN = "00000000-0000-4000-8000-000000000226";
  private static final String DE_VAART = "00000000-0000-4000-8000-000000000101";
  private static final String NOOR = "00000000-0000-4000-8000-000000000301";
  private static final String MARIEKE = "00000000-0000-4000-8000-000000000307";

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static String person(String organisation, String name, String email) {
    var b =
        Json.createObjectBuilder()
            .add("organisationId", organisation)
            .add("name", name)
            .add("jobTitle", "Intern begeleider")
            .add("role", "contactpersoon")
            .add("visibility", "ORGANISATION");
    if (email != null) {
      b.add("email", email);
    }
    return b.build().toString();
  }

  private static String created(String user, String body) {
    var r = Api.send("POST", "/api/people", user, body, null);
    assertEquals(201, r.statusCode(), r.body());
    return json(r.body()).getString("id");
  }

  private static String consents(String visibility, boolean all, long version) {
    return Json.createObjectBuilder()
        .add("visibility", visibility)
        .add("maps", all)
        .add("introductions", all)
        .add("recommendations", all)
        .add("version", version)
        .build()
        .toString();
  }

  @Test
  void aPartnerAccountWritesOnlyThePeopleOfItsOwnOrganisation() {
    String id =
        created("partner", person(KASTANJELAAN, "Sanne Smit", "sanne@kastanjelaan.example"));
    try {
      JsonObject stored = json(Api.get("/api/people/" + id, "partner").body());
      assertEquals("Sanne Smit", stored.getString("name"));
      assertEquals("contactpersoon", stored.getString("role"));
      assertEquals(
          404, Api.get("/api/people/" + id, "beleid").statusCode(), "only her organisation");
      assertEquals(404, Api.get("/api/people/" + id, "bibliothecaris").statusCode());
      assertEquals(
          List.of(id),
          Json.createReader(
                  new StringReader(
                      Api.get("/api/people?organisation=" + KASTANJELAAN, "partner").body()))
              .readArray()
              .getValuesAs(JsonObject.class)
              .stream()
              .map(o -> o.getString("id"))
              .toList());
      assertEquals(
          "[]", Api.get("/api/people?organisation=" + KASTANJELAAN, "beleid").body().strip());

      assertEquals(
          403,
          Api.send("POST", "/api/people", "partner", person(DE_VAART, "Xander X", null), null)
              .statusCode(),
          "not in another organisation");
      assertEquals(
          403,
          Api.send("POST", "/api/people", "beleid", person(KASTANJELAAN, "Xander X", null), null)
              .statusCode());
      String noor = Api.get("/api/people/" + NOOR, "partner").body();
      long noorVersion = json(noor).getJsonNumber("version").longValue();
      assertEquals(
          403,
          Api.send("PUT", "/api/people/" + NOOR, "partner", person(DE_VAART, "Gekaapt", null), null)
              .statusCode());
      assertEquals(
          403,
          Api.send(
                  "PUT",
                  "/api/people/" + NOOR + "/consents",
                  "partner",
                  consents("ORGANISATION", false, noorVersion),
                  null)
              .statusCode());
      assertEquals(
          403, Api.send("DELETE", "/api/people/" + NOOR, "partner", null, null).statusCode());
      assertEquals(
          403,
          Api.send("POST", "/api/people/" + NOOR + "/erasure", "partner", "{}", null).statusCode());
      assertEquals(
          404,
          Api.send("DELETE", "/api/people/" + MARIEKE, "partner", null, null).statusCode(),
          "a person one may not see is not found");
      assertEquals(
          "Noor van Dijkhuizen",
          json(Api.get("/api/people/" + NOOR, "beleid").body()).getString("name"));

      var bad =
          Api.send(
              "POST",
              "/api/people",
              "partner",
              person(KASTANJELAAN, "Sanne <b>", "geen-adres"),
              "en");
      assertEquals(400, bad.statusCode(), bad.body());
      JsonObject error = json(bad.body());
      assertEquals(
          List.of("email", "name"),
          error.getJsonArray("fieldErrors").getValuesAs(JsonObject.class).stream()
              .map(f -> f.getString("field"))
              .toList());
      assertTrue(bad.body().contains("is not a valid e-mail address"), bad.body());

      long version = stored.getJsonNumber("version").longValue();
      String change =
          person(KASTANJELAAN, "Sanne de Smit", null)
              .replaceFirst("\\}$", ",\"version\":" + version + "}");
      var first = Api.send("PUT", "/api/people/" + id, "partner", change, null);
      assertEquals(200, first.statusCode(), first.body());
      assertEquals("Sanne de Smit", json(first.body()).getString("name"));
      var stale = Api.send("PUT", "/api/people/" + id, "partner", change, null);
      assertEquals(409, stale.statusCode(), stale.body());
    } finally {
      assertEquals(
          204, Api.send("DELETE", "/api/people/" + id, "partner", null, null).statusCode());
    }
    assertEquals(404, Api.get("/api/people/" + id, "partner").statusCode());
  }

  @Test
  void theLinkedPersonChangesHerOwnConsentsAndDownloadsEverythingAboutHer() {
    var me = Api.get("/api/people/me", "bibliothecaris");
    assertEquals(200, me.statusCode(), me.body());
    JsonObject noor = json(me.body());
    assertEquals(NOOR, noor.getString("id"));
    String visibility = noor.getString("visibility");
    long version = noor.getJsonNumber("version").longValue();
    try {
      var withdrawn =
          Api.send(
              "PUT",
              "/api/people/" + NOOR + "/consents",
              "bibliothecaris",
              consents("PARTNERS", false, version),
              null);
      assertEquals(200, withdrawn.statusCode(), withdrawn.body());
      JsonObject w = json(withdrawn.body());
      assertFalse(w.getJsonObject("introductions").getBoolean("given"));
      assertTrue(w.getJsonObject("introductions").containsKey("withdrawnAt"));
      assertEquals(
          404, Api.get("/api/people/" + NOOR, "beleid").statusCode(), "no longer for everyone");
      var given =
          Api.send(
              "PUT",
              "/api/people/" + NOOR + "/consents",
              "bibliothecaris",
              consents(visibility, true, w.getJsonNumber("version").longValue()),
              null);
      assertEquals(200, given.statusCode(), given.body());
      JsonObject g = json(given.body()).getJsonObject("introductions");
      assertTrue(g.getBoolean("given"));
      assertEquals("v1", g.getString("version"));
      assertTrue(g.containsKey("at"));

      var export = Api.get("/api/people/" + NOOR + "/export", "bibliothecaris");
      assertEquals(200, export.statusCode(), export.body());
      assertTrue(
          export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
      JsonObject all = json(export.body());
      assertEquals("Noor van Dijkhuizen", all.getJsonObject("properties").getString("name"));
      String relations = all.getJsonArray("relationships").toString();
      for (String expected :
          List.of(
              "\"WORKS_FOR\"", "Bibliotheek De Vaart", "\"KNOWS\"", "\"MEMBER_OF\"", "\"IS\"")) {
        assertTrue(relations.contains(expected), expected + " in " + relations);
      }
      assertTrue(all.getJsonArray("consents").toString().contains("\"version\":\"v1\""));
      assertTrue(all.getJsonArray("audit").toString().contains("person.consents"));
      assertEquals(403, Api.get("/api/people/" + NOOR + "/export", "partner").statusCode());
      assertEquals(200, Api.get("/api/people/" + NOOR + "/export", "beheerder").statusCode());
    } finally {
      long now =
          json(Api.get("/api/people/" + NOOR, "beheerder").body())
              .getJsonNumber("version")
              .longValue();
      var restore =
          Api.send(
              "PUT",
              "/api/people/" + NOOR + "/consents",
              "beheerder",
              Json.createObjectBuilder()
                  .add("visibility", visibility)
                  .add("maps", noor.getJsonObject("maps").getBoolean("given"))
                  .add("introductions", noor.getJsonObject("introductions").getBoolean("given"))
                  .add("recommendations", noor.getJsonObject("recommendations").getBoolean("given"))
                  .add("version", now)
                  .build()
                  .toString(),
              null);
      assertEquals(200, restore.statusCode(), restore.body());
    }
  }

  @Test
  void anErasureAskedByTheOrganisationAndCompletedByAnAdminLeavesNothingInTheGraph() {
    String name = "Erik Erasmus-Vergeet";
    String email = "erik.erasmus@kastanjelaan.example";
    String id = created("partner", person(KASTANJELAAN, name, email));
    var asked =
        Api.send(
            "POST",
            "/api/people/" + id + "/erasure",
            "partner",
            "{\"reason\": \"<script>alert(1)</script> vertrokken\"}",
            null);
    assertEquals(201, asked.statusCode(), asked.body());
    String request = json(asked.body()).getString("id");
    assertEquals(
        409,
        Api.send("POST", "/api/people/" + id + "/erasure", "partner", "{}", null).statusCode());
    assertTrue(
        Api.get("/api/inbox?kind=APPROVAL&limit=200", "beheerder").body().contains(request),
        "the admins are told");
    var queue = Api.get("/api/people/erasures", "beheerder");
    assertTrue(queue.body().contains("<script>alert(1)</script> vertrokken"), "kept as text");
    assertEquals(403, Api.get("/api/people/erasures", "partner").statusCode());
    assertEquals(
        403,
        Api.send("POST", "/api/people/erasures/" + request + "/complete", "partner", "{}", null)
            .statusCode());
    assertEquals(
        403,
        Api.send(
                "POST",
                "/api/people/erasures/" + request + "/complete",
                "bibliothecaris",
                "{}",
                null)
            .statusCode());

    var done =
        Api.send("POST", "/api/people/erasures/" + request + "/complete", "beheerder", "{}", null);
    assertEquals(200, done.statusCode(), done.body());
    assertTrue(json(done.body()).getString("pseudonym").startsWith("verwijderd-"));
    assertEquals(404, Api.get("/api/people/" + id, "beheerder").statusCode());
    assertEquals(
        404,
        Api.send("POST", "/api/people/erasures/" + request + "/complete", "beheerder", "{}", null)
            .statusCode());

    try (var driver =
            GraphDatabase.driver(
                System.getProperty("knooppunt.it.boltUri", "bolt://127.0.0.1:7688"),
                AuthTokens.none());
        var session = driver.session()) {
      long found =
          session
              .run(
                  """
                  CALL () {
                    MATCH (n) WHERE any(k IN keys(n) WHERE
                      any(v IN CASE WHEN n[k] IS :: LIST<ANY> THEN n[k] ELSE [n[k]] END WHERE
                        CASE WHEN v IS :: STRING
                          THEN any(t IN $terms WHERE toLower(v) CONTAINS toLower(t)) ELSE false END))
                    RETURN count(n) AS c
                    UNION ALL
                    MATCH ()-[n]->() WHERE any(k IN keys(n) WHERE
                      any(v IN CASE WHEN n[k] IS :: LIST<ANY> THEN n[k] ELSE [n[k]] END WHERE
                        CASE WHEN v IS :: STRING
                          THEN any(t IN $terms WHERE toLower(v) CONTAINS toLower(t)) ELSE false END))
                    RETURN count(n) AS c
                  }
                  RETURN sum(c) AS c
                  """,
                  Map.of("terms", List.of(id, name, email)))
              .single()
              .get("c")
              .asLong();
      assertEquals(0, found, "a full-graph scan finds nothing of her");
    }
  }
}
