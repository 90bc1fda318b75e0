package org.knooppunt.socialmap;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a social map is narrowed to. Domain, topic (with its narrower topics), target group, sector
 * and freshness apply to the organisations around the centre (branches, communities and
 * taalnetwerken stay, and the centre always shows); the network-aware filters keep organisations
 * that are partners of one node ({@code partnersOf}: collaborates with it, is a member of it, or of
 * the taalnetwerk whose Taalhuis it is) or that work with one organisation ({@code worksWith});
 * relation types choose which relations are followed and drawn; status applies to the relations
 * drawn. Null or empty means "no filter".
 */
public record MapFilter(
    String topic,
    String targetGroup,
    String sector,
    String status,
    String domain,
    Set<String> relationTypes,
    Integer freshnessMonths,
    String partnersOf,
    String worksWith) {

  public static final MapFilter NONE = new MapFilter(null, null, null, null);

  /** Relation categories a user chooses from, and the relationship types each follows. */
  static final Map<String, List<String>> CATEGORIES =
      Map.of(
          "collaboration", List.of("COLLABORATES_WITH"),
          "taalnetwerk", List.of("MEMBER_OF", "HAS_TAALHUIS"),
          "community", List.of("HOSTS", "RUNS", "MEETS_AT", "MEMBER_OF"),
          "alliance", List.of("MEMBER_OF"));

  public MapFilter(String topic, String targetGroup, String sector, String status) {
    this(topic, targetGroup, sector, status, null, Set.of(), null, null, null);
  }

  public MapFilter {
    relationTypes = relationTypes == null ? Set.of() : Set.copyOf(relationTypes);
  }

  Map<String, Object> parameters() {
    Map<String, Object> p = new HashMap<>();
    p.put("topic", blankToNull(topic));
    p.put("targetGroup", blankToNull(targetGroup));
    p.put("sector", blankToNull(sector));
    p.put("status", blankToNull(status));
    p.put("domain", blankToNull(domain));
    p.put("freshness", freshnessMonths);
    p.put("partnersOf", blankToNull(partnersOf));
    p.put("worksWith", blankToNull(worksWith));
    Set<String> categories = relationTypes.isEmpty() ? CATEGORIES.keySet() : relationTypes;
    Set<String> types = new LinkedHashSet<>();
    types.add("HAS_BRANCH");
    categories.forEach(c -> types.addAll(CATEGORIES.getOrDefault(c, List.of())));
    p.put("types", List.copyOf(types));
    p.put("withTaalnetwerk", categories.contains("taalnetwerk"));
    p.put("withCommunity", categories.contains("community"));
    p.put("withAlliance", categories.contains("alliance"));
    return p;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
