package org.knooppunt.alliance;

import java.util.List;

/**
 * A suggested alliance: its libraries and key partners (confirmed partners of at least two of
 * them), why (topics in common, the greatest and mean distance between them, how strongly they are
 * tied), the municipalities of the province they are in or serve, and what it would add to coverage
 * when that is known ({@code gain} null otherwise).
 */
public record Suggestion(
    int rank,
    List<Named> libraries,
    List<Named> keyPartners,
    List<Alliance.Topic> sharedTopics,
    double maxKm,
    double meanKm,
    double cohesion,
    List<String> municipalityIds,
    AllianceGaps.Gain gain) {

  /** An organisation by id and name; {@code shared} counts the group's members it works with. */
  public record Named(String id, String name, int shared) {}

  /** The create form's address with this suggestion filled in (ids only). */
  public String prefillQuery() {
    return "members="
        + String.join(",", libraries.stream().map(Named::id).toList())
        + "&partners="
        + String.join(",", keyPartners.stream().map(Named::id).toList())
        + "&municipalities="
        + String.join(",", municipalityIds)
        + "&topics="
        + String.join(",", sharedTopics.stream().map(Alliance.Topic::id).toList());
  }
}
