package org.knooppunt.organisation;

import java.util.HashMap;
import java.util.Map;

/**
 * The filters of the organisation list, shared by the screen and the API. Empty strings mean "no
 * filter".
 */
public record OrganisationFilter(
    Kind kind,
    String sector,
    String municipality,
    String province,
    String topic,
    String targetGroup,
    String text) {

  public static final OrganisationFilter NONE =
      new OrganisationFilter(null, null, null, null, null, null, null);

  /** The filter as Cypher parameters for {@link OrganisationRepository#LIST_TEMPLATE}. */
  public Map<String, Object> parameters() {
    Map<String, Object> p = new HashMap<>();
    p.put("kind", kind == null ? null : kind.label);
    p.put("sector", blankToNull(sector));
    p.put("municipality", blankToNull(municipality));
    p.put("province", blankToNull(province));
    p.put("topic", blankToNull(topic));
    p.put("targetGroup", blankToNull(targetGroup));
    String t = blankToNull(text);
    p.put("text", t == null ? null : t.strip().toLowerCase(java.util.Locale.ROOT));
    return p;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
