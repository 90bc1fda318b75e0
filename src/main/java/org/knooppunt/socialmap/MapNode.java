package org.knooppunt.socialmap;

/** One node of a social map: an organisation, branch, community, taalnetwerk or alliance. */
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
    boolean demo) {}
