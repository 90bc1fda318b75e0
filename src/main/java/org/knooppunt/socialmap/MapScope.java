package org.knooppunt.socialmap;

import java.util.List;

/**
 * Where a map is drawn around: a centre node and a depth in relation hops; or a centre and a radius
 * in km (everything located within it); or a set of municipalities (everything located, meeting or
 * working in them). {@code group} narrows a map to one super-node's members, to expand it.
 */
public record MapScope(
    String centre, int depth, Integer radiusKm, List<String> municipalities, String group) {

  public MapScope {
    municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
  }

  public static MapScope hops(String centre, int depth) {
    return new MapScope(centre, depth, null, List.of(), null);
  }

  public boolean byRadius() {
    return radiusKm != null;
  }

  public boolean byMunicipalities() {
    return !municipalities.isEmpty() && radiusKm == null;
  }
}
