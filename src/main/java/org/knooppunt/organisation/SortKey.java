package org.knooppunt.organisation;

/** The columns the organisation list may be sorted by: an allow-list, never free input. */
public enum SortKey {
  NAME("toLower(o.name)"),
  SECTOR("o.sector"),
  MUNICIPALITY("m.name"),
  PROVINCE("r.name"),
  UPDATED("o.updatedAt");

  final String cypher;

  SortKey(String cypher) {
    this.cypher = cypher;
  }

  public static SortKey of(String field) {
    if (field == null) {
      return NAME;
    }
    return switch (field) {
      case "sector" -> SECTOR;
      case "municipalityName", "municipality" -> MUNICIPALITY;
      case "provinceName", "province" -> PROVINCE;
      case "updatedAt", "updated" -> UPDATED;
      default -> NAME;
    };
  }
}
