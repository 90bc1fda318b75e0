package org.knooppunt.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.knooppunt.platform.neo4j.Graph;

/**
 * Turns what a person typed into a safe Lucene query (every special character escaped, each word a
 * prefix) and runs the global search.
 */
@ApplicationScoped
public class SearchService {

  static final int MAX_INPUT = 100;

  @Inject Graph graph;
  @Inject SearchRepository repository;

  public List<SearchHit> search(String input, Locale locale, int limit) {
    String lucene = lucene(input);
    if (lucene == null) {
      return List.of();
    }
    boolean english = "en".equals(locale.getLanguage());
    return graph
        .read(tx -> repository.search(tx, lucene, english, Math.clamp(limit, 1, 50)))
        .stream()
        .map(r -> new SearchHit(r[0], r[1], r[2], r[3], url(r[0], r[1])))
        .toList();
  }

  static String url(String type, String id) {
    return switch (type) {
      case "library", "partner" -> "/organisation/view.xhtml?id=" + id;
      case "community" -> "/community/view.xhtml?id=" + id;
      case "municipality" -> "/municipality/list.xhtml?q=" + id;
      case "topic" -> "/organisation/list.xhtml?topic=" + id;
      case "targetGroup" -> "/organisation/list.xhtml?targetGroup=" + id;
      default -> "/index.xhtml";
    };
  }

  /**
   * Each word escaped and required, matching as a prefix or as itself (the latter goes through the
   * index's Dutch analyzer, so stemmed words still match). Words shorter than three letters (mostly
   * stop words such as "de", which the index does not hold) are left out unless nothing else was
   * typed. Null when nothing searchable is left.
   */
  static String lucene(String input) {
    if (input == null) {
      return null;
    }
    String text = input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) : input;
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      escaped.append(Character.isLetterOrDigit(c) ? c : ' ');
    }
    List<String> words =
        java.util.Arrays.stream(escaped.toString().strip().split("\\s+"))
            .filter(w -> !w.isEmpty())
            .toList();
    boolean anyLong = words.stream().anyMatch(w -> w.length() >= 3);
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (anyLong && word.length() < 3) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append("+(").append(word).append("* ").append(word).append(')');
    }
    return out.isEmpty() ? null : out.toString();
  }
}
