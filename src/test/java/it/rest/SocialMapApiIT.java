package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The contract of {@code /api/socialmap} on the demo network. */
class SocialMapApiIT {

  private static final String DE_VAART = "00000000-0000-4000-8000-000000000101";

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  void returnsTheBoundedNeighbourhoodWithTheCentreFirst() {
    var r = Api.get("/api/socialmap?centre=" + DE_VAART + "&depth=1", "beleid");
    assertEquals(200, r.statusCode(), r.body());
    JsonObject map = json(r.body());
    assertEquals(DE_VAART, map.getString("centre"));
    assertEquals(1, map.getInt("depth"));
    assertFalse(map.getBoolean("truncated"));
    var nodes = map.getJsonArray("nodes");
    assertEquals(DE_VAART, nodes.getJsonObject(0).getString("id"));
    assertEquals(0, nodes.getJsonObject(0).getInt("distance"));
    Set<String> kinds =
        nodes.getValuesAs(JsonObject.class).stream()
            .map(n -> n.getString("kind"))
            .collect(Collectors.toSet());
    assertTrue(
        kinds.containsAll(Set.of("library", "partner", "branch", "community", "taalnetwerk")),
        kinds.toString());
    Set<String> ids =
        nodes.getValuesAs(JsonObject.class).stream()
            .map(n -> n.getString("id"))
            .collect(Collectors.toSet());
    for (JsonValue v : map.getJsonArray("edges")) {
      JsonObject e = v.asJsonObject();
      assertTrue(
          ids.contains(e.getString("source")) && ids.contains(e.getString("target")), e.toString());
    }
    int deeper =
        json(Api.get("/api/socialmap?centre=" + DE_VAART + "&depth=2", "beleid").body())
            .getJsonArray("nodes")
            .size();
    assertTrue(deeper > nodes.size(), "depth 2 reaches further than depth 1");
  }

  @Test
  void badRequestsAreExplained() {
    var depth =
        Api.send("GET", "/api/socialmap?centre=" + DE_VAART + "&depth=99", "beleid", null, "en");
    assertEquals(400, depth.statusCode());
    assertTrue(depth.body().contains("the depth must be 1 to 3 steps"), depth.body());
    var unknown = Api.get("/api/socialmap?centre=bestaat-niet&depth=1", "beleid");
    assertEquals(404, unknown.statusCode());
    assertEquals(
        400, Api.get("/api/socialmap?centre=" + DE_VAART + "&depth=abc", "beleid").statusCode());
    assertEquals(401, Api.get("/api/socialmap?centre=" + DE_VAART, null).statusCode());
    var topic = Api.get("/api/socialmap?centre=" + DE_VAART + "&topic=bestaat-niet", "beleid");
    assertEquals(400, topic.statusCode());
    assertTrue(topic.body().contains("\"field\":\"topic\""), topic.body());
  }

  @Test
  void aTopicFilterKeepsOnlyOrganisationsWorkingOnItOrANarrowerTopic() {
    var all = json(Api.get("/api/socialmap?centre=" + DE_VAART + "&depth=1", "beleid").body());
    var language =
        json(
            Api.get(
                    "/api/socialmap?centre=" + DE_VAART + "&depth=1&topic=taalvaardigheid",
                    "beleid")
                .body());
    assertTrue(language.getJsonArray("nodes").size() < all.getJsonArray("nodes").size());
    assertEquals(DE_VAART, language.getJsonArray("nodes").getJsonObject(0).getString("id"));
  }
}
