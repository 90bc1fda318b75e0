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

  @Test
  void exportsParseBackToTheSameMap() throws Exception {
    String query = "?centre=" + DE_VAART + "&depth=1";
    var map = json(Api.get("/api/socialmap" + query, "beleid").body());
    var nodes = Api.getAccepting("/api/socialmap/nodes.csv" + query, "beleid", "text/csv");
    assertEquals(200, nodes.statusCode(), nodes.body());
    assertTrue(nodes.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    var records =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(nodes.body()))
            .getRecords();
    assertEquals(map.getJsonArray("nodes").size(), records.size());
    assertEquals(DE_VAART, records.getFirst().get("id"));
    var edges = Api.getAccepting("/api/socialmap/edges.csv" + query, "beleid", "text/csv");
    assertEquals(
        map.getJsonArray("edges").size(),
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(edges.body()))
            .getRecords()
            .size());
    var graphml = Api.getAccepting("/api/socialmap/map.graphml" + query, "beleid", "*/*");
    assertEquals(200, graphml.statusCode());
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var doc =
        factory
            .newDocumentBuilder()
            .parse(new org.xml.sax.InputSource(new StringReader(graphml.body())));
    assertEquals(map.getJsonArray("nodes").size(), doc.getElementsByTagName("node").getLength());
    assertEquals(map.getJsonArray("edges").size(), doc.getElementsByTagName("edge").getLength());
  }

  @Test
  void areasAndTheNewFiltersWork() {
    var utrecht = json(Api.get("/api/socialmap?municipalities=GM0344", "beleid").body());
    assertEquals("municipality", utrecht.getJsonArray("nodes").getJsonObject(0).getString("kind"));
    assertTrue(utrecht.getJsonArray("nodes").size() > 1);
    var radius = Api.get("/api/socialmap?centre=" + DE_VAART + "&radiusKm=5", "beleid");
    assertEquals(200, radius.statusCode(), radius.body());
    var collaborations =
        json(
            Api.get(
                    "/api/socialmap?centre=" + DE_VAART + "&depth=2&relationTypes=collaboration",
                    "beleid")
                .body());
    for (JsonValue v : collaborations.getJsonArray("edges")) {
      String type = v.asJsonObject().getString("type");
      assertTrue(Set.of("COLLABORATES_WITH", "HAS_BRANCH").contains(type), type);
    }
    for (String bad :
        new String[] {
          "&relationTypes=friendship",
          "&freshness=0",
          "&radiusKm=1000",
          "&domain=bestaat-niet",
          "&partnersOf=%27%20OR%201%3D1",
          "&group=x%27y"
        }) {
      var r = Api.get("/api/socialmap?centre=" + DE_VAART + bad, "beleid");
      assertEquals(400, r.statusCode(), bad + ": " + r.body());
    }
    assertEquals(400, Api.get("/api/socialmap?municipalities=GM0344,DROP", "beleid").statusCode());
  }
}
