package org.knooppunt.freshness;

import java.util.Locale;

/** The columns the stale list sorts by, as an allow-list of Cypher expressions. */
public enum StaleSort {
  LAST_REVIEWED("n.lastReviewedAt"),
  NAME("toLower(n.name)"),
  KIND("kind"),
  MUNICIPALITY("m.name");

  final String cypher;

  StaleSort(String cypher) {
    this.cypher = cypher;
  }

  /** The key named by a table column or query parameter; last reviewed when unknown. */
  public static StaleSort of(String field) {
    if (field == null) {
      return LAST_REVIEWED;
    }
    return switch (field.strip().toLowerCase(Locale.ROOT)) {
      case "name" -> NAME;
      case "kind" -> KIND;
      case "municipality", "municipalityname" -> MUNICIPALITY;
      default -> LAST_REVIEWED;
    };
  }
}
