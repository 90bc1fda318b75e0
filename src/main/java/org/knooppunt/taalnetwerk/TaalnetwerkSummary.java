package org.knooppunt.taalnetwerk;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;

/** One row of the taalnetwerk list, with its completeness. */
public record TaalnetwerkSummary(
    String id,
    String name,
    boolean demo,
    List<String> municipalities,
    int memberCount,
    Completeness completeness) {

  @JsonbTransient
  public String getMunicipalitiesText() {
    return String.join(", ", municipalities);
  }
}
