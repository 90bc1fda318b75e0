package org.knooppunt.socialmap;

import java.util.HashMap;
import java.util.Map;

/**
 * What a social map is narrowed to. Topic (with its narrower topics), target group and sector apply
 * to the organisations around the centre (branches, communities and taalnetwerken stay, and the
 * centre always shows); status applies to the relations drawn. Null means "no filter".
 */
public record MapFilter(String topic, String targetGroup, String sector, String status) {

  public static final MapFilter NONE = new MapFilter(null, null, null, null);

  Map<String, Object> parameters() {
    Map<String, Object> p = new HashMap<>();
    p.put("topic", blankToNull(topic));
    p.put("targetGroup", blankToNull(targetGroup));
    p.put("sector", blankToNull(sector));
    p.put("status", blankToNull(status));
    return p;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
