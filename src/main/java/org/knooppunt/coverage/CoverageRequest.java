package org.knooppunt.coverage;

import java.util.ArrayList;
import java.util.List;

/**
 * A coverage question as the URL carries it ({@code region=PV26&topic=taalvaardigheid}, lists
 * comma-separated), shared by the page and the API so that both read the same parameters.
 */
public final class CoverageRequest {

  static final int LIST_MAX = 1000;

  private CoverageRequest() {}

  /** The query of these parameters; the service checks it. */
  public static CoverageQuery query(
      String region,
      String municipalities,
      String alliance,
      String countries,
      String topic,
      String targetGroup) {
    return new CoverageQuery(
        new Scope(blank(region), list(municipalities), blank(alliance), list(countries)),
        blank(topic),
        blank(targetGroup));
  }

  /** The non-blank parts of a comma-separated value, or null when there are none. */
  public static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String part : value.split(",", LIST_MAX + 1)) {
      if (!part.isBlank() && !out.contains(part.strip()) && out.size() < LIST_MAX) {
        out.add(part.strip());
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
