package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Year;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/networkhealth} on the demo: the policy cell of Utrecht ("beleid") takes this year's
 * snapshot of its province, not of another; a partner reads but takes none; bad requests are 400 or
 * 404 JSON.
 */
class HealthApiIT {

  private static final String DEMO = "00000000-0000-4000-8000-000000000401";

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  void thePolicyCellTakesThisYearsSnapshotOfItsProvinceOnly() {
    var taken = Api.send("POST", "/api/networkhealth?region=PV26", "beleid", null, "nl");
    assertEquals(201, taken.statusCode(), taken.body());
    JsonObject history = json(taken.body());
    assertEquals("Utrecht", history.getString("name"));
    JsonObject latest = history.getJsonArray("snapshots").getJsonObject(0);
    assertEquals(Year.now(ZoneOffset.UTC).getValue(), latest.getInt("year"));
    assertTrue(latest.getInt("members") > 0, latest.toString());
    assertTrue(latest.getJsonNumber("inhabitants").longValue() > 1_000_000, latest.toString());

    var again = Api.send("POST", "/api/networkhealth?region=PV26", "beleid", null, "nl");
    assertEquals(201, again.statusCode(), again.body());
    assertEquals(
        history.getJsonArray("snapshots").size(),
        json(again.body()).getJsonArray("snapshots").size(),
        "one per year: taken again, replaced");

    var elsewhere = Api.send("POST", "/api/networkhealth?region=PV27", "beleid", null, "en");
    assertEquals(403, elsewhere.statusCode(), elsewhere.body());
    var partner = Api.send("POST", "/api/networkhealth?taalnetwerk=" + DEMO, "partner", null, "nl");
    assertEquals(403, partner.statusCode(), partner.body());

    var read = Api.get("/api/networkhealth?taalnetwerk=" + DEMO, "partner");
    assertEquals(200, read.statusCode(), read.body());
    assertTrue(json(read.body()).getJsonArray("snapshots").size() >= 2, read.body());
  }

  @Test
  void badRequestsAreClearJsonErrors() {
    var none = Api.get("/api/networkhealth", "partner");
    assertEquals(400, none.statusCode(), none.body());
    var both = Api.get("/api/networkhealth?region=PV26&taalnetwerk=" + DEMO, "partner");
    assertEquals(400, both.statusCode(), both.body());
    var unknown = Api.send("POST", "/api/networkhealth?region=PV99", "beheerder", null, "nl");
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertTrue(json(unknown.body()).getString("message").contains("bestaat niet"), unknown.body());
    var odd = Api.get("/api/networkhealth?taalnetwerk=%3Cscript%3E", "partner");
    assertEquals(404, odd.statusCode(), odd.body());
  }
}
