package org.knooppunt.alliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;

/**
 * Suggested alliances for a province: one read of the province's library graph (libraries within
 * {@link #MAX_KM} km of each other that share confirmed partners or topics, the tie weakening with
 * distance), Louvain on it, and every community of two or more libraries becomes a suggestion with
 * its reasons. Ranked by the people its libraries would newly cover for the chosen topic and/or
 * target group where the coverage analysis answers ({@link AllianceGaps}), otherwise by cohesion
 * (the sum of the weights inside the group).
 */
@ApplicationScoped
public class SuggestionService {

  /** Libraries farther apart than this are never tied directly. */
  public static final double MAX_KM = 30;

  /** The distance over which a tie falls to 1/e of its weight. */
  public static final double DECAY_KM = 15;

  /** At most this many libraries of a province are considered (the first by id). */
  static final int MAX_LIBRARIES = 1000;

  static final int MAX_SUGGESTIONS = 20;
  static final int MAX_WHATIF_LIBRARIES = 100;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final Graph graph;
  private final SuggestionRepository repository;
  private final AllianceGaps gaps;

  @Inject
  public SuggestionService(Graph graph, SuggestionRepository repository, AllianceGaps gaps) {
    this.graph = graph;
    this.repository = repository;
    this.gaps = gaps;
  }

  protected SuggestionService() {
    this(null, null, null);
  }

  /** Suggestions for {@code regionId}, with an optional topic and target group; best first. */
  public List<Suggestion> suggest(
      Locale locale, Account who, String regionId, String topicId, String targetGroupId) {
    if (who == null) {
      throw DomainException.forbidden(locale);
    }
    String region = blankToNull(regionId);
    String topic = blankToNull(topicId);
    String group = blankToNull(targetGroupId);
    List<FieldError> errors = new ArrayList<>();
    if (region == null) {
      errors.add(new FieldError("region", Messages.get(locale, "validation.required")));
    } else if (!ID.matcher(region).matches()) {
      errors.add(unknown("region", "alliance.unknownRegion", region, locale));
    }
    if (topic != null && !ID.matcher(topic).matches()) {
      errors.add(unknown("topic", "alliance.unknownTopic", topic, locale));
    }
    if (group != null && !ID.matcher(group).matches()) {
      errors.add(unknown("targetGroup", "alliance.unknownTargetGroup", group, locale));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    SuggestionRepository.RegionGraph regionGraph =
        graph.read(tx -> {
          SuggestionRepository.Known known = repository.known(tx, region, topic, group);
          List<FieldError> unknown = new ArrayList<>();
          if (!known.region()) {
            unknown.add(unknown("region", "alliance.unknownRegion", region, locale));
          }
          if (!known.topic()) {
            unknown.add(unknown("topic", "alliance.unknownTopic", topic, locale));
          }
          if (!known.targetGroup()) {
            unknown.add(unknown("targetGroup", "alliance.unknownTargetGroup", group, locale));
          }
          if (!unknown.isEmpty()) {
            throw DomainException.invalid(locale, unknown);
          }
          return repository.regionGraph(tx, region, topic, group, MAX_KM, DECAY_KM, MAX_LIBRARIES);
        });
    List<Suggestion> unranked = group(regionGraph);
    List<Suggestion> withGain = new ArrayList<>();
    for (Suggestion s : unranked) {
      AllianceGaps.Gain gain =
          gaps.gain(
                  locale,
                  who,
                  region,
                  topic,
                  group,
                  s.libraries().stream().map(Suggestion.Named::id).toList())
              .orElse(null);
      withGain.add(
          new Suggestion(
              0,
              s.libraries(),
              s.keyPartners(),
              s.sharedTopics(),
              s.maxKm(),
              s.meanKm(),
              s.cohesion(),
              s.municipalityIds(),
              gain));
    }
    withGain.sort(
        Comparator.comparingLong(
                (Suggestion s) -> s.gain() == null ? 0 : -s.gain().peopleNewlyCovered())
            .thenComparingDouble(s -> -s.cohesion())
            .thenComparing(s -> s.libraries().get(0).id()));
    List<Suggestion> ranked = new ArrayList<>();
    for (Suggestion s : withGain.subList(0, Math.min(MAX_SUGGESTIONS, withGain.size()))) {
      ranked.add(
          new Suggestion(
              ranked.size() + 1,
              s.libraries(),
              s.keyPartners(),
              s.sharedTopics(),
              s.maxKm(),
              s.meanKm(),
              s.cohesion(),
              s.municipalityIds(),
              s.gain()));
    }
    return ranked;
  }

  /** The libraries of a province to choose from on the what-if page (at most 1000, by name). */
  public List<Suggestion.Named> libraries(Locale locale, String regionId) {
    String region = blankToNull(regionId);
    if (region == null || !ID.matcher(region).matches()) {
      return List.of();
    }
    return graph.read(tx -> repository.libraries(tx, region, MAX_LIBRARIES));
  }

  /**
   * Coverage of the province for the topic and/or target group before and after {@code libraryIds}
   * ally. Libraries outside the province are refused by the coverage analysis.
   */
  public AllianceGaps.Gain whatIf(
      Locale locale,
      Account who,
      String regionId,
      String topicId,
      String targetGroupId,
      List<String> libraryIds) {
    if (who == null) {
      throw DomainException.forbidden(locale);
    }
    String region = blankToNull(regionId);
    String topic = blankToNull(topicId);
    String group = blankToNull(targetGroupId);
    List<FieldError> errors = new ArrayList<>();
    if (region == null) {
      errors.add(new FieldError("region", Messages.get(locale, "validation.required")));
    }
    if (topic == null && group == null) {
      errors.add(new FieldError("topic", Messages.get(locale, "alliance.whatif.topicOrGroup")));
    }
    List<String> ids =
        libraryIds == null
            ? List.of()
            : libraryIds.stream()
                .filter(java.util.Objects::nonNull)
                .map(String::strip)
                .filter(x -> !x.isEmpty())
                .distinct()
                .toList();
    if (ids.isEmpty()) {
      errors.add(
          new FieldError("libraries", Messages.get(locale, "alliance.whatif.librariesRequired")));
    } else if (ids.size() > MAX_WHATIF_LIBRARIES) {
      errors.add(
          new FieldError(
              "libraries", Messages.get(locale, "alliance.tooMany", MAX_WHATIF_LIBRARIES)));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    return gaps.gain(locale, who, region, topic, group, ids)
        .orElseThrow(() -> DomainException.forbidden(locale));
  }

  /** The communities of two or more libraries of the graph, with their reasons (no gain yet). */
  static List<Suggestion> group(SuggestionRepository.RegionGraph g) {
    List<SuggestionRepository.Library> libraries = g.libraries();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < libraries.size(); i++) {
      index.put(libraries.get(i).id(), i);
    }
    List<Louvain.Edge> edges = new ArrayList<>();
    for (SuggestionRepository.Link link : g.links()) {
      Integer a = index.get(link.a());
      Integer b = index.get(link.b());
      if (a != null && b != null) {
        edges.add(new Louvain.Edge(a, b, link.weight()));
      }
    }
    int[] community = Louvain.communities(libraries.size(), edges);
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < community.length; i++) {
      members.computeIfAbsent(community[i], c -> new ArrayList<>()).add(i);
    }
    List<Suggestion> result = new ArrayList<>();
    for (List<Integer> group : members.values()) {
      if (group.size() < 2) {
        continue;
      }
      double cohesion = 0;
      for (Louvain.Edge e : edges) {
        if (community[e.a()] == community[e.b()] && group.contains(e.a())) {
          cohesion += e.weight();
        }
      }
      result.add(reasons(group.stream().map(libraries::get).toList(), cohesion));
    }
    return result;
  }

  private static Suggestion reasons(List<SuggestionRepository.Library> group, double cohesion) {
    Map<String, Integer> partnerCount = new TreeMap<>();
    Map<String, String> partnerNames = new HashMap<>();
    Map<String, Integer> topicCount = new TreeMap<>();
    Map<String, Alliance.Topic> topics = new HashMap<>();
    TreeSet<String> places = new TreeSet<>();
    for (SuggestionRepository.Library l : group) {
      l.partners()
          .forEach((id, name) -> {
            partnerCount.merge(id, 1, Integer::sum);
            partnerNames.put(id, name);
          });
      l.topics()
          .forEach((id, t) -> {
            topicCount.merge(id, 1, Integer::sum);
            topics.put(id, t);
          });
      places.addAll(l.places());
    }
    List<Suggestion.Named> keyPartners =
        partnerCount.entrySet().stream()
            .filter(e -> e.getValue() >= 2)
            .map(e -> new Suggestion.Named(e.getKey(), partnerNames.get(e.getKey()), e.getValue()))
            .sorted(
                Comparator.comparingInt((Suggestion.Named n) -> -n.shared())
                    .thenComparing(Suggestion.Named::name)
                    .thenComparing(Suggestion.Named::id))
            .toList();
    List<Alliance.Topic> shared =
        topicCount.entrySet().stream()
            .filter(e -> e.getValue() >= 2)
            .map(e -> topics.get(e.getKey()))
            .sorted(Comparator.comparing(t -> String.valueOf(t.nameNl())))
            .toList();
    double max = 0;
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < group.size(); i++) {
      for (int j = i + 1; j < group.size(); j++) {
        double km = km(group.get(i), group.get(j));
        max = Math.max(max, km);
        sum += km;
        pairs++;
      }
    }
    List<Suggestion.Named> libraries =
        group.stream()
            .map(l -> new Suggestion.Named(l.id(), l.name(), 0))
            .sorted(
                Comparator.comparing(Suggestion.Named::name).thenComparing(Suggestion.Named::id))
            .toList();
    return new Suggestion(
        0,
        libraries,
        keyPartners,
        shared,
        round(max),
        round(pairs == 0 ? 0 : sum / pairs),
        round(cohesion),
        List.copyOf(places),
        null);
  }

  /** Great-circle distance in km (the same sphere as Cypher's point.distance, to a metre). */
  static double km(SuggestionRepository.Library a, SuggestionRepository.Library b) {
    double lat1 = Math.toRadians(a.latitude());
    double lat2 = Math.toRadians(b.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.longitude() - a.longitude());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6378.14 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static FieldError unknown(String field, String key, String value, Locale locale) {
    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    return new FieldError(field, Messages.get(locale, key, shown.replaceAll("\\p{Cntrl}", "?")));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
