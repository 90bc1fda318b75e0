package org.knooppunt.coverage;

import java.util.List;

/**
 * The municipalities an analysis looks at: exactly one of a region (province), a list of
 * municipalities, an alliance's area or one or both countries ({@code NL}, {@code BE}). The service
 * refuses a scope that names none or more than one.
 */
public record Scope(
    String regionId, List<String> municipalityIds, String allianceId, List<String> countries) {

  public static Scope region(String id) {
    return new Scope(id, null, null, null);
  }

  public static Scope municipalities(List<String> ids) {
    return new Scope(null, ids == null ? null : List.copyOf(ids), null, null);
  }

  public static Scope alliance(String id) {
    return new Scope(null, null, id, null);
  }

  public static Scope countries(List<String> cc) {
    return new Scope(null, null, null, cc == null ? null : List.copyOf(cc));
  }
}
