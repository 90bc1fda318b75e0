package org.knooppunt.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;

class BoundaryServiceTest {

  private static final BoundaryService SERVICE = new BoundaryService();

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  void hasTheBoundariesOfAll646Municipalities() {
    assertEquals(646, SERVICE.size());
    List<String> nl = IntStream.rangeClosed(0, 9999).mapToObj(i -> "GM%04d".formatted(i)).toList();
    List<String> be = IntStream.range(10000, 100000).mapToObj(Integer::toString).toList();
    assertEquals(342, json(SERVICE.collection(nl)).getJsonArray("features").size());
    assertEquals(304, json(SERVICE.collection(be)).getJsonArray("features").size());
  }

  @Test
  void givesCodeNameAndPopulationOfAKnownMunicipality() {
    var utrecht = SERVICE.boundary("GM0344").orElseThrow();
    assertEquals("Utrecht", utrecht.name());
    assertEquals(374_238, utrecht.population());
    var antwerpen = SERVICE.boundary("11002").orElseThrow();
    assertEquals("Antwerpen", antwerpen.name());
    assertEquals(
        540_196, antwerpen.population(), "from the Flemish CSV: 2020, merged parts summed");

    JsonObject collection = json(SERVICE.collection("GM0344, 11002", Messages.DUTCH));
    assertEquals("FeatureCollection", collection.getString("type"));
    var features = collection.getJsonArray("features").getValuesAs(JsonObject.class);
    assertEquals(2, features.size());
    JsonObject first = features.getFirst();
    assertEquals("Feature", first.getString("type"));
    JsonObject p = first.getJsonObject("properties");
    assertEquals("GM0344", p.getString("code"));
    assertEquals("Utrecht", p.getString("name"));
    assertEquals(374_238, p.getJsonNumber("population").longValue());
    assertTrue(
        List.of("Polygon", "MultiPolygon")
            .contains(first.getJsonObject("geometry").getString("type")));
    assertEquals(
        540_196,
        features.get(1).getJsonObject("properties").getJsonNumber("population").longValue());
  }

  @Test
  void leavesOutUnknownCodesAndRepeats() {
    var features =
        json(SERVICE.collection("GM9999,gm0344,99999,GM0344,", Messages.DUTCH))
            .getJsonArray("features");
    assertEquals(1, features.size());
    assertEquals("GM0344", features.getJsonObject(0).getJsonObject("properties").getString("code"));
    assertEquals(
        0, json(SERVICE.collection("GM9999", Messages.DUTCH)).getJsonArray("features").size());
  }

  @Test
  void refusesABadListWithAClearMessage() {
    for (String bad : new String[] {null, "", " , ", "Utrecht", "GM0344;11002", "GM03441"}) {
      var e =
          assertThrows(
              DomainException.class, () -> SERVICE.collection(bad, Messages.ENGLISH), "" + bad);
      assertEquals(DomainException.Kind.INVALID, e.kind());
      assertEquals(400, e.kind().status);
      assertTrue(e.getMessage().contains("700"), e.getMessage());
      assertEquals("codes", e.fieldErrors().getFirst().field());
    }
    var dutch = assertThrows(DomainException.class, () -> SERVICE.collection("x", Messages.DUTCH));
    assertTrue(dutch.getMessage().startsWith("geef 1 tot 700 gemeentecodes"), dutch.getMessage());
  }

  @Test
  void acceptsAtMost700Codes() {
    String list700 =
        IntStream.range(0, 700)
            .mapToObj(i -> "GM%04d".formatted(i))
            .collect(Collectors.joining(","));
    assertEquals(700, BoundaryService.parse(list700, Messages.DUTCH).size());
    assertThrows(
        DomainException.class, () -> SERVICE.collection(list700 + ",GM0700", Messages.DUTCH));
  }
}
