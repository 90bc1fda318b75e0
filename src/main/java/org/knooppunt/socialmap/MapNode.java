package org.knooppunt.socialmap;

/**
 * One node of a social map: an organisation, branch, community, taalnetwerk, alliance or
 * municipality (the centre of an area map), or a super-node ({@code kind} "group") that stands for
 * {@code size} nodes of one municipality (or kind) that did not fit within the map's limit.
 */
public record MapNode(
    String id,
    String kind,
    String name,
    String sector,
    String municipality,
    String municipalityCode,
    Double latitude,
    Double longitude,
    int distance,
    boolean demo,
    Integer size)
    implements java.io.Serializable {

  public MapNode(
      String id,
      String kind,
      String name,
      String sector,
      String municipality,
      String municipalityCode,
      Double latitude,
      Double longitude,
      int distance,
      boolean demo) {
    this(
        id,
        kind,
        name,
        sector,
        municipality,
        municipalityCode,
        latitude,
        longitude,
        distance,
        demo,
        null);
  }

  public boolean group() {
    return "group".equals(kind);
  }
}
