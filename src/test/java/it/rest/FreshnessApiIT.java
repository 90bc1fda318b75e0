package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Still correct", the due list and the stale list over HTTP, with the embedded demo data. */
class FreshnessApiIT {

  /** A demo partner in Utrecht last reviewed 31 months before loading. */
  private static final String STALE_PARTNER = "00000000-0000-4000-8000-000000000210";

  private static JsonObject json(String body) {
    try (var r = Json.createReader(new StringReader(body))) {
      return r.readObject();
    }
  }

  private static String review(String kind, String id, long version) {
    return Json.createObjectBuilder()
        .add("kind", kind)
        .add("id", id)
        .add("version", version)
        .build()
        .toString();
  }

  private static String newPartner() {
    var created =
        Api.send(
            "POST",
            "/api/organisations",
            "bibliothecaris",
            Json.createObjectBuilder()
                .add("kind", "PARTNER")
                .add("name", "IT Nog juist " + System.nanoTime())
                .add("sector", "welzijn")
                .add("municipalityCode", "GM0344")
                .add("description", "Ongewijzigd blijft dit & dat.")
                .build()
                .toString(),
            null);
    assertEquals(201, created.statusCode(), created.body());
    return json(created.body()).getString("id");
  }

  @Test
  void stillCorrectBumpsTheVersionAndTheDateAndNothingElse() {
    String id = newPartner();
    JsonObject before = json(Api.get("/api/organisations/" + id, "bibliothecaris").body());
    long version = before.getJsonNumber("version").longValue();

    var ok =
        Api.send(
            "POST", "/api/reviews", "bibliothecaris", review("organisation", id, version), "en");
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals(version + 1, json(ok.body()).getJsonNumber("version").longValue());

    JsonObject after = json(Api.get("/api/organisations/" + id, "bibliothecaris").body());
    assertEquals(version + 1, after.getJsonNumber("version").longValue());
    assertFalse(
        time(after.getString("lastReviewedAt")).isBefore(time(before.getString("lastReviewedAt"))));
    for (String f : List.of("name", "description", "sector", "updatedAt", "updatedBy")) {
      assertEquals(before.get(f), after.get(f), f + " unchanged");
    }

    var stale =
        Api.send(
            "POST", "/api/reviews", "bibliothecaris", review("organisation", id, version), "en");
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(json(stale.body()).getString("message").contains("in the meantime"));
  }

  @Test
  void refusalsAreClearAndWriteNothing() {
    String id = newPartner();
    var other = Api.send("POST", "/api/reviews", "partner", review("organisation", id, 1), "nl");
    assertEquals(403, other.statusCode(), other.body());
    assertEquals("U mag dit niet doen.", json(other.body()).getString("message"));
    var policy = Api.send("POST", "/api/reviews", "beleid", review("organisation", id, 1), null);
    assertEquals(403, policy.statusCode());
    assertEquals(
        1,
        json(Api.get("/api/organisations/" + id, "beheerder").body())
            .getJsonNumber("version")
            .longValue(),
        "nothing was written");

    var kind = Api.send("POST", "/api/reviews", "beheerder", review("<script>", id, 1), "en");
    assertEquals(400, kind.statusCode(), kind.body());
    assertEquals(
        "kind", json(kind.body()).getJsonArray("fieldErrors").getJsonObject(0).getString("field"));
    var noVersion =
        Api.send(
            "POST",
            "/api/reviews",
            "beheerder",
            "{\"kind\":\"person\",\"id\":\"" + id + "\"}",
            "en");
    assertEquals(400, noVersion.statusCode(), noVersion.body());
    var missing =
        Api.send("POST", "/api/reviews", "beheerder", review("community", "nope", 1), "en");
    assertEquals(404, missing.statusCode(), missing.body());
    assertEquals(400, Api.send("POST", "/api/reviews", "beheerder", "{oops", "en").statusCode());
    assertEquals(
        401, Api.send("POST", "/api/reviews", null, review("person", id, 1), "en").statusCode());
  }

  @Test
  void policyCellsAndLibrariansSeeTheStaleProfilesOfTheirAreaOldestFirst() {
    var page = json(Api.get("/api/reviews/stale?months=24&limit=200", "beleid").body());
    var items = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertTrue(page.getInt("total") > 0);
    assertTrue(
        items.stream().anyMatch(i -> i.getString("id").equals(STALE_PARTNER)),
        "a stale Utrecht partner is in the province's list");
    ZonedDateTime horizon = ZonedDateTime.now().minusMonths(24);
    ZonedDateTime previous = null;
    for (JsonObject i : items) {
      ZonedDateTime at = time(i.getString("lastReviewedAt"));
      assertTrue(at.isBefore(horizon), i.toString());
      assertTrue(i.getBoolean("stale"));
      assertTrue(previous == null || !at.isBefore(previous), "oldest first");
      previous = at;
    }

    var library = json(Api.get("/api/reviews/stale?months=24&limit=200", "bibliothecaris").body());
    assertTrue(
        library.getInt("total")
            <= json(Api.get("/api/reviews/stale?months=24&limit=1", "beheerder").body())
                .getInt("total"));
    assertTrue(
        library.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .anyMatch(i -> i.getString("id").equals(STALE_PARTNER)));
    var byName =
        json(Api.get("/api/reviews/stale?months=6&sort=name&limit=5", "beleid").body())
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    for (int i = 1; i < byName.size(); i++) {
      assertTrue(
          byName.get(i - 1).getString("name").compareToIgnoreCase(byName.get(i).getString("name"))
              <= 0);
    }

    assertEquals(403, Api.get("/api/reviews/stale", "partner").statusCode());
    assertEquals(
        403, Api.send("POST", "/api/reviews/reminders", "beleid", "{}", null).statusCode());
    assertEquals(200, Api.get("/api/reviews/mine", "partner").statusCode());
  }

  private static ZonedDateTime time(String s) {
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME);
    } catch (RuntimeException e) {
      return OffsetDateTime.parse(s).toZonedDateTime();
    }
  }
}
