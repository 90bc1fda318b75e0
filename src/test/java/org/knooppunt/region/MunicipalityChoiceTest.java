package org.knooppunt.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.knooppunt.platform.neo4j.TestGraph;

class MunicipalityChoiceTest {

  @Test
  void suggestsMunicipalitiesByNameAndReadsTheCodeBack() {
    MunicipalityChoice choice = new MunicipalityChoice();
    RegionService regions = new RegionService();
    regions.graph = TestGraph.graph();
    regions.regions = new RegionRepository();
    choice.regions = regions;
    assertEquals("Utrecht (GM0344)", choice.complete("Utrecht").getFirst());
    assertEquals(
        "Gent (44021)",
        choice.complete("gent").stream()
            .filter(s -> s.startsWith("Gent "))
            .findFirst()
            .orElseThrow());
    assertEquals("GM0344", MunicipalityChoice.code("Utrecht (GM0344)"));
    assertEquals("44021", MunicipalityChoice.code("Gent (44021)"));
    assertEquals("GM0344", MunicipalityChoice.code(" gm0344 "));
    assertEquals("Utrecht", MunicipalityChoice.code("Utrecht"), "left for validation to refuse");
    assertNull(MunicipalityChoice.code("  "));
  }
}
