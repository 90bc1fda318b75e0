package org.knooppunt.exchange.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Which Knooppunt topic or target group an HSDS taxonomy term stands for, from the shipped table
 * {@code taxonomy-mapping.csv} (columns {@code taxonomy, term, target, knooppunt_id}; taxonomy
 * {@code *} matches any source taxonomy; a term matches a term's code or, case-insensitively, its
 * name). Terms of Knooppunt's own export taxonomies map to themselves, so an export reads back
 * unchanged; AIRS/211 codes fall back to their broader code ({@code HH-0500.8000} → {@code HH} →
 * {@code H}).
 */
final class TaxonomyMapping {

  /** Topic or target group, and its Knooppunt id. */
  record Target(boolean topic, String id) {}

  static final String TOPIC_TAXONOMY = "knooppunt-topic";
  static final String TARGET_GROUP_TAXONOMY = "knooppunt-target-group";

  private static final TaxonomyMapping DEFAULT =
      load("/org/knooppunt/exchange/hsds/taxonomy-mapping.csv");

  private final Map<String, Target> entries;

  private TaxonomyMapping(Map<String, Target> entries) {
    this.entries = entries;
  }

  static TaxonomyMapping defaults() {
    return DEFAULT;
  }

  /** The target of a term of {@code taxonomy} with {@code code} and/or {@code name}. */
  Optional<Target> find(String taxonomy, String code, String name) {
    String tax = normaliseTaxonomy(taxonomy);
    if (TOPIC_TAXONOMY.equals(tax) && code != null) {
      return Optional.of(new Target(true, code));
    }
    if (TARGET_GROUP_TAXONOMY.equals(tax) && code != null) {
      return Optional.of(new Target(false, code));
    }
    for (String key : new String[] {code, name}) {
      if (key == null) {
        continue;
      }
      for (String t : new String[] {tax, "*"}) {
        Target hit = entries.get(t + "\u0000" + key.strip().toLowerCase(Locale.ROOT));
        if (hit != null) {
          return Optional.of(hit);
        }
      }
    }
    if ("airs".equals(tax) && code != null) {
      String c = code.strip();
      while (!c.isEmpty()) {
        int cut = Math.max(c.lastIndexOf('.'), c.lastIndexOf('-'));
        c = cut > 0 ? c.substring(0, cut) : c.length() > 1 ? c.substring(0, c.length() - 1) : "";
        Target hit = entries.get("airs\u0000" + c.toLowerCase(Locale.ROOT));
        if (hit != null) {
          return Optional.of(hit);
        }
      }
    }
    return Optional.empty();
  }

  static String normaliseTaxonomy(String taxonomy) {
    if (taxonomy == null || taxonomy.isBlank()) {
      return "";
    }
    String t = taxonomy.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    if (t.contains("eligibility")) {
      return "open-eligibility";
    }
    if (t.contains("airs") || t.contains("211")) {
      return "airs";
    }
    return t;
  }

  private static TaxonomyMapping load(String resource) {
    Map<String, Target> map = new HashMap<>();
    try (InputStream in = TaxonomyMapping.class.getResourceAsStream(resource);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        String tax = "*".equals(r.get("taxonomy")) ? "*" : normaliseTaxonomy(r.get("taxonomy"));
        map.put(
            tax + "\u0000" + r.get("term").strip().toLowerCase(Locale.ROOT),
            new Target("topic".equals(r.get("target")), r.get("knooppunt_id")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TaxonomyMapping(Map.copyOf(map));
  }
}
