package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The contract of {@code /api/municipalities/boundaries}. */
class BoundaryApiIT {

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  void givesTheAskedBoundariesAsGeoJsonForADay() {
    var r = Api.get("/api/municipalities/boundaries?codes=GM0344,11002,GM9999", "beleid");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("private, max-age=86400", r.headers().firstValue("Cache-Control").orElse(""));
    JsonObject collection = json(r.body());
    assertEquals("FeatureCollection", collection.getString("type"));
    var features = collection.getJsonArray("features");
    assertEquals(2, features.size());
    assertEquals(
        "Utrecht", features.getJsonObject(0).getJsonObject("properties").getString("name"));
  }

  @Test
  void aBadListIsExplained() {
    var r = Api.get("/api/municipalities/boundaries?codes=Utrecht", "beleid");
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(json(r.body()).getString("message").contains("700"), r.body());
  }
}
