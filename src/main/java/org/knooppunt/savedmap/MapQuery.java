package org.knooppunt.savedmap;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The depth and filters of a saved map, cleaned: a query string is parsed, only the keys the social
 * map page knows are kept (anything else is dropped without a word, so nothing foreign is stored),
 * each value is checked and written back URL-encoded, in a fixed key order. The result can be put
 * after {@code /socialmap/view.xhtml?centre=…&} as it is.
 */
final class MapQuery {

  /** The social map's parameters, in the order they are written back. */
  static final List<String> KEYS =
      List.of(
          "depth",
          "topic",
          "targetGroup",
          "sector",
          "status",
          "domain",
          "relationType",
          "relationTypes",
          "freshness",
          "partnersOf",
          "worksWith",
          "municipalities",
          "radiusKm");

  static final int DEPTH_MAX = 3;
  static final int VALUE_MAX = 200;

  /** A list of municipality codes may be longer: the social map page takes 400 characters. */
  static final int MUNICIPALITIES_MAX = 400;

  static final int RAW_MAX = 8000;
  static final int PAIRS_MAX = 50;
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  /** Why a query was refused: the key of the message for the user. */
  static final class Invalid extends RuntimeException {
    final String messageKey;

    Invalid(String messageKey) {
      super(messageKey, null, false, false);
      this.messageKey = messageKey;
    }
  }

  private MapQuery() {}

  /** The cleaned query string ({@code ""} when nothing is left), or {@link Invalid}. */
  static String normalise(String raw) {
    if (raw == null || raw.isBlank()) {
      return "";
    }
    if (raw.length() > RAW_MAX) {
      throw new Invalid("savedmap.queryInvalid");
    }
    String q = raw.strip();
    if (q.startsWith("?")) {
      q = q.substring(1);
    }
    Map<String, List<String>> kept = new LinkedHashMap<>();
    int pairs = 0;
    for (String pair : q.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1)).strip();
      if (!KEYS.contains(key) || value.isEmpty()) {
        continue;
      }
      if (++pairs > PAIRS_MAX
          || value.length() > (key.equals("municipalities") ? MUNICIPALITIES_MAX : VALUE_MAX)
          || CONTROL.matcher(value).find()) {
        throw new Invalid("savedmap.queryInvalid");
      }
      if (key.equals("depth") && !value.matches("[1-3]")) {
        throw new Invalid("savedmap.depthRange");
      }
      kept.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    List<String> out = new ArrayList<>();
    for (String key : KEYS) {
      List<String> values = kept.getOrDefault(key, List.of());
      // One depth only; other keys may repeat (e.g. several municipalities).
      for (String value :
          key.equals("depth") ? values.subList(0, Math.min(1, values.size())) : values) {
        out.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return String.join("&", out);
  }

  /** Whether the cleaned query maps an area of municipalities (then it needs no centre). */
  static boolean isArea(String normalised) {
    return normalised != null && ("&" + normalised).contains("&municipalities=");
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new Invalid("savedmap.queryInvalid");
    }
  }
}
