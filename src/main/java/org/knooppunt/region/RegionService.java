package org.knooppunt.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.knooppunt.platform.neo4j.Graph;

/** Reads municipalities and regions; they change only through migrations. */
@ApplicationScoped
public class RegionService {

  @Inject Graph graph;
  @Inject RegionRepository regions;

  /** A page of municipalities and the total number of matches. */
  public record Page(List<Municipality> rows, long total) {}

  public Page municipalities(String country, String province, String text, int skip, int limit) {
    return graph.read(tx ->
        new Page(
            regions.page(tx, country, province, text, skip, limit),
            regions.count(tx, country, province, text)));
  }

  public List<Region> regions() {
    return graph.read(regions::regions);
  }

  public Map<String, Long> countsByCountry() {
    return graph.read(regions::countsByCountry);
  }
}
