package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The REST API against the Liberty the build started, with the embedded demo data. */
class OrganisationApiIT {

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static JsonObjectBuilder partner(String name) {
    return Json.createObjectBuilder()
        .add("kind", "PARTNER")
        .add("name", name)
        .add("sector", "welzijn")
        .add("municipalityCode", "GM0344")
        .add("postcode", "3511 AB")
        .add("email", "info@it.example")
        .add("topicIds", Json.createArrayBuilder().add("taalvaardigheid"))
        .add("targetGroupIds", Json.createArrayBuilder().add("laaggeletterden"));
  }

  private static long total(String query) {
    return json(Api.get("/api/organisations?limit=1&" + query, "beheerder"))
        .getJsonNumber("total")
        .longValue();
  }

  @Test
  void withoutCredentialsTheApiAnswers401AsJsonNotALoginPage() {
    var r = Api.get("/api/organisations", null);
    assertEquals(401, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("json"));
    assertEquals(401, json(r).getInt("status"));
    assertEquals(401, Api.get("/api/organisations", "beheerder:wrong").statusCode());
  }

  @Test
  void listsPagesAndFiltersOrganisationsAndMunicipalities() {
    var page = json(Api.get("/api/organisations?limit=5&kind=library", "beleid"));
    assertEquals(3, page.getInt("total"));
    assertEquals(3, page.getJsonArray("items").size());
    assertEquals(5, json(Api.get("/api/partners?limit=5", "partner")).getJsonArray("items").size());
    assertEquals(646, json(Api.get("/api/municipalities?limit=1", "beleid")).getInt("total"));
    assertEquals(
        342, json(Api.get("/api/municipalities?limit=1&country=NL", "beleid")).getInt("total"));
    assertEquals(
        18,
        Json.createReader(new StringReader(Api.get("/api/regions", "beleid").body()))
            .readArray()
            .size());
    var search =
        Api.get("/api/search?q=" + URLEncoder.encode("De Vaart", StandardCharsets.UTF_8), "beleid");
    assertTrue(search.body().contains("Bibliotheek De Vaart"), search.body());
  }

  @Test
  void aLibrarianCreatesAndUpdatesAPartnerAndStaleVersionsConflict() {
    String name = "IT Buurtcentrum " + System.nanoTime();
    var created =
        Api.send(
            "POST", "/api/organisations", "bibliothecaris", partner(name).build().toString(), null);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject org = json(created);
    String id = org.getString("id");
    assertTrue(
        created.headers().firstValue("Location").orElse("").endsWith("/api/organisations/" + id));
    assertEquals(1, org.getInt("version"));
    assertEquals("Utrecht", org.getString("municipalityName"));

    var updated =
        Api.send(
            "PUT",
            "/api/organisations/" + id,
            "bibliothecaris",
            partner(name).add("description", "Nieuw").add("version", 1).build().toString(),
            null);
    assertEquals(200, updated.statusCode(), updated.body());
    assertEquals(2, json(updated).getInt("version"));

    var stale =
        Api.send(
            "PUT",
            "/api/organisations/" + id,
            "beheerder",
            partner(name).add("description", "Oud").add("version", 1).build().toString(),
            "en");
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals("Nieuw", json(stale).getJsonObject("detail").getString("description"));
    assertEquals(
        "Nieuw", json(Api.get("/api/organisations/" + id, "beleid")).getString("description"));
  }

  @Test
  void everyoneOnlyWritesWhatIsTheirs() {
    String name = "IT Eigen " + System.nanoTime();
    long before = total("");
    assertEquals(
        403,
        Api.send("POST", "/api/organisations", "beleid", partner(name).build().toString(), null)
            .statusCode());
    assertEquals(
        403,
        Api.send("POST", "/api/organisations", "partner", partner(name).build().toString(), null)
            .statusCode());
    var library = partner(name).add("kind", "LIBRARY").build().toString();
    assertEquals(
        403, Api.send("POST", "/api/organisations", "bibliothecaris", library, null).statusCode());
    assertEquals(before, total(""));

    String libraryId = "00000000-0000-4000-8000-000000000101";
    JsonObject vaart = json(Api.get("/api/organisations/" + libraryId, "partner"));
    String body =
        Json.createObjectBuilder(vaart)
            .remove("topics")
            .add("kind", "LIBRARY")
            .add("description", "Gekaapt")
            .build()
            .toString();
    assertEquals(
        403,
        Api.send("PUT", "/api/organisations/" + libraryId, "partner", body, null).statusCode());
    assertFalse(
        json(Api.get("/api/organisations/" + libraryId, "beleid")).toString().contains("Gekaapt"));
  }

  @Test
  void badInputGets400WithPerFieldMessagesInTheAsketLanguageAndStoresNothing() {
    long before = total("");
    String hostile =
        partner("<script>alert(1)</script>")
            .add("email", "geen-mail")
            .add("website", "javascript:alert(1)")
            .add("postcode", "ABC")
            .add("latitude", 123.0)
            .add("longitude", 5.0)
            .build()
            .toString();
    var nl = Api.send("POST", "/api/organisations", "beheerder", hostile, "nl");
    assertEquals(400, nl.statusCode(), nl.body());
    var fields =
        json(nl).getJsonArray("fieldErrors").stream()
            .map(v -> v.asJsonObject().getString("field"))
            .toList();
    for (String f : new String[] {"name", "email", "website", "postcode", "latitude"}) {
      assertTrue(fields.contains(f), f + " in " + fields);
    }
    assertTrue(nl.body().contains("is geen geldig e-mailadres"), nl.body());
    var en = Api.send("POST", "/api/organisations", "beheerder", hostile, "en-GB,en;q=0.8");
    assertTrue(en.body().contains("is not a valid e-mail address"), en.body());

    String huge = partner("x".repeat(10_000)).build().toString();
    assertEquals(400, Api.send("POST", "/api/organisations", "beheerder", huge, null).statusCode());
    String cypher = partner("a'}) MATCH (n) DETACH DELETE n //").build().toString();
    assertEquals(
        400, Api.send("POST", "/api/organisations", "beheerder", cypher, null).statusCode());
    String unknownMunicipality =
        partner("Ergens").add("municipalityCode", "GM9999").build().toString();
    var unknown = Api.send("POST", "/api/organisations", "beheerder", unknownMunicipality, null);
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("GM9999"));
    assertEquals(
        400, Api.send("POST", "/api/organisations", "beheerder", "{not json", null).statusCode());
    assertEquals(
        400,
        Api.send("POST", "/api/organisations", "beheerder", "{\"kind\":\"BOGUS\"}", null)
            .statusCode());
    assertEquals(before, total(""));
    assertEquals(646, json(Api.get("/api/municipalities?limit=1", "beleid")).getInt("total"));
  }

  @Test
  void duplicatesAndUnknownIdsAreExplained() {
    var dup =
        Api.send(
            "POST",
            "/api/organisations",
            "beheerder",
            partner("Stichting Welzijn Oost (demo)").build().toString(),
            null);
    assertEquals(409, dup.statusCode(), dup.body());
    assertEquals("duplicate", json(dup).getString("error"));
    assertEquals(
        "00000000-0000-4000-8000-000000000201", json(dup).getJsonObject("detail").getString("id"));
    var missing = Api.get("/api/organisations/does-not-exist", "beheerder");
    assertEquals(404, missing.statusCode());
    assertEquals(404, json(missing).getInt("status"));
  }
}
