package org.knooppunt.socialmap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knooppunt.organisation.Sector;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;

/**
 * Reads social maps: checks the request, applies the configured bounds (500 nodes / 2,000 edges by
 * default; past them, super-nodes) and makes one database round trip for the graph.
 */
@ApplicationScoped
public class SocialMapService {

  static final Set<String> STATUSES = Set.of("confirmed", "proposed", "ended");
  static final int MAX_RADIUS_KM = 100;
  static final int MAX_MUNICIPALITIES = 50;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern MUNICIPALITY = Pattern.compile("GM\\d{4}|\\d{5}");
  private static final Pattern GROUP = Pattern.compile("GM\\d{4}|\\d{5}|kind:[a-z]{1,20}");

  private static final Jsonb JSON = JsonbBuilder.create();

  private final Graph graph;
  private final SocialMapRepository repository;
  private final int maxNodes;
  private final int maxEdges;
  private final Cache<Key, Entry> cache;

  /** A computed map, valid while this application has not written since; its JSON made once. */
  private record Key(MapScope scope, MapFilter filter) {}

  private static final class Entry {
    final long writes;
    final SocialMap map;
    volatile String json;

    Entry(long writes, SocialMap map) {
      this.writes = writes;
      this.map = map;
    }
  }

  @Inject
  public SocialMapService(
      Graph graph,
      SocialMapRepository repository,
      @ConfigProperty(name = "knooppunt.socialmap.maxNodes", defaultValue = "500") int maxNodes,
      @ConfigProperty(name = "knooppunt.socialmap.maxEdges", defaultValue = "2000") int maxEdges,
      @ConfigProperty(name = "knooppunt.socialmap.cacheSeconds", defaultValue = "60")
          int cacheSeconds,
      @ConfigProperty(name = "knooppunt.socialmap.cacheSize", defaultValue = "50") int cacheSize) {
    this.graph = graph;
    this.repository = repository;
    this.maxNodes = maxNodes;
    this.maxEdges = maxEdges;
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(cacheSeconds <= 0 ? 0 : Math.max(0, cacheSize))
            .expireAfterWrite(Duration.ofSeconds(Math.max(0, cacheSeconds)))
            .build();
  }

  public SocialMapService(Graph graph, SocialMapRepository repository, int maxNodes, int maxEdges) {
    this(graph, repository, maxNodes, maxEdges, 60, 50);
  }

  protected SocialMapService() {
    this(null, null, 0, 0, 0, 0);
  }

  /** The map as JSON, as {@code /api/socialmap} sends it; made once per cached map. */
  public String json(MapScope scope, MapFilter filter, Locale locale) {
    Entry entry = entry(scope, filter, locale);
    String json = entry.json;
    if (json == null) {
      json = JSON.toJson(entry.map);
      entry.json = json;
    }
    return json;
  }

  public SocialMap map(String centre, int depth, Locale locale) {
    return map(centre, depth, MapFilter.NONE, locale);
  }

  public SocialMap map(String centre, int depth, MapFilter filter, Locale locale) {
    return map(MapScope.hops(centre, depth), filter, locale);
  }

  /**
   * The map of a scope with filters. Computed maps are kept for {@code
   * knooppunt.socialmap.cacheSeconds} (60 by default) and only while this application has written
   * nothing to the graph since; a write elsewhere (another instance, an import tool) shows after at
   * most that long.
   */
  public SocialMap map(MapScope scope, MapFilter filter, Locale locale) {
    return entry(scope, filter, locale).map;
  }

  private Entry entry(MapScope scope, MapFilter filter, Locale locale) {
    List<FieldError> errors = new ArrayList<>();
    if (scope.depth() < 1 || scope.depth() > SocialMapRepository.MAX_DEPTH) {
      errors.add(
          new FieldError(
              "depth",
              Messages.get(locale, "socialmap.depthRange", SocialMapRepository.MAX_DEPTH)));
    }
    if (scope.radiusKm() != null && (scope.radiusKm() < 1 || scope.radiusKm() > MAX_RADIUS_KM)) {
      errors.add(
          new FieldError("radiusKm", Messages.get(locale, "socialmap.radiusRange", MAX_RADIUS_KM)));
    }
    if (scope.municipalities().size() > MAX_MUNICIPALITIES
        || !scope.municipalities().stream().allMatch(m -> MUNICIPALITY.matcher(m).matches())) {
      errors.add(
          new FieldError(
              "municipalities",
              Messages.get(locale, "socialmap.municipalitiesInvalid", MAX_MUNICIPALITIES)));
    }
    if (scope.group() != null && !GROUP.matcher(scope.group()).matches()) {
      errors.add(new FieldError("group", Messages.get(locale, "socialmap.unknownFilter")));
    }
    if (MapFilter.blankToNull(filter.sector()) != null && Sector.ofCode(filter.sector()) == null) {
      errors.add(new FieldError("sector", Messages.get(locale, "knooppunt.validation.sector")));
    }
    if (MapFilter.blankToNull(filter.status()) != null && !STATUSES.contains(filter.status())) {
      errors.add(new FieldError("status", Messages.get(locale, "socialmap.unknownStatus")));
    }
    if (!MapFilter.CATEGORIES.keySet().containsAll(filter.relationTypes())) {
      errors.add(
          new FieldError("relationTypes", Messages.get(locale, "socialmap.unknownRelationType")));
    }
    if (filter.freshnessMonths() != null
        && (filter.freshnessMonths() < 1 || filter.freshnessMonths() > 120)) {
      errors.add(new FieldError("freshness", Messages.get(locale, "socialmap.freshnessRange")));
    }
    for (String[] f :
        new String[][] {
          {"topic", filter.topic()},
          {"targetGroup", filter.targetGroup()},
          {"domain", filter.domain()},
          {"partnersOf", filter.partnersOf()},
          {"worksWith", filter.worksWith()}
        }) {
      if (MapFilter.blankToNull(f[1]) != null && !ID.matcher(f[1]).matches()) {
        errors.add(new FieldError(f[0], Messages.get(locale, "socialmap.unknownFilter")));
      }
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    MapScope effective = scope;
    boolean centreGiven = scope.centre() != null && !scope.centre().isBlank();
    if (!scope.byMunicipalities() || scope.byRadius()) {
      if (!centreGiven || !ID.matcher(scope.centre()).matches()) {
        throw notFound(locale);
      }
      if (!scope.byRadius() && MUNICIPALITY.matcher(scope.centre()).matches()) {
        // A municipality as the centre: everything in it (relations do not start there).
        effective =
            new MapScope(
                scope.centre(), scope.depth(), null, List.of(scope.centre()), scope.group());
      }
    }
    MapScope request = effective;
    Key key = new Key(request, filter);
    long writes = Graph.writes();
    Entry cached = cache.getIfPresent(key);
    if (cached != null && cached.writes == writes) {
      return cached;
    }
    var result =
        graph
            .read(tx -> repository.neighbourhood(tx, request, filter, maxNodes, maxEdges))
            .orElseThrow(() -> notFound(locale));
    if (!result.topicKnown()) {
      errors.add(new FieldError("topic", Messages.get(locale, "socialmap.unknownFilter")));
    }
    if (!result.targetGroupKnown()) {
      errors.add(new FieldError("targetGroup", Messages.get(locale, "socialmap.unknownFilter")));
    }
    if (!result.domainKnown()) {
      errors.add(new FieldError("domain", Messages.get(locale, "socialmap.unknownFilter")));
    }
    if (!result.located()) {
      errors.add(new FieldError("radiusKm", Messages.get(locale, "socialmap.centreNotLocated")));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    Entry entry = new Entry(writes, result.map());
    cache.put(key, entry);
    return entry;
  }

  /** Branches, communities, taalnetwerken and alliances to choose as a centre, by name. */
  public List<String[]> centres(String query) {
    if (query == null || query.isBlank() || query.length() > 100) {
      return List.of();
    }
    return graph.read(tx -> repository.centres(tx, query.strip(), 10));
  }

  /** Parses a comma-separated list of relation categories, keeping their order. */
  public static Set<String> categories(String value) {
    Set<String> out = new LinkedHashSet<>();
    if (value != null) {
      for (String part : value.split(",", 10)) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  /** Parses a comma-separated list of municipality codes. */
  public static List<String> codes(String value) {
    List<String> out = new ArrayList<>();
    if (value != null) {
      for (String part : value.split(",", MAX_MUNICIPALITIES + 2)) {
        if (!part.isBlank() && !out.contains(part.strip())) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  private static DomainException notFound(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "socialmap.unknownCentre"));
  }
}
