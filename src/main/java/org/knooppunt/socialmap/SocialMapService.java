package org.knooppunt.socialmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

  private final Graph graph;
  private final SocialMapRepository repository;
  private final int maxNodes;
  private final int maxEdges;

  @Inject
  public SocialMapService(
      Graph graph,
      SocialMapRepository repository,
      @ConfigProperty(name = "knooppunt.socialmap.maxNodes", defaultValue = "500") int maxNodes,
      @ConfigProperty(name = "knooppunt.socialmap.maxEdges", defaultValue = "2000") int maxEdges) {
    this.graph = graph;
    this.repository = repository;
    this.maxNodes = maxNodes;
    this.maxEdges = maxEdges;
  }

  protected SocialMapService() {
    this(null, null, 0, 0);
  }

  public SocialMap map(String centre, int depth, Locale locale) {
    return map(centre, depth, MapFilter.NONE, locale);
  }

  public SocialMap map(String centre, int depth, MapFilter filter, Locale locale) {
    return map(MapScope.hops(centre, depth), filter, locale);
  }

  public SocialMap map(MapScope scope, MapFilter filter, Locale locale) {
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
      throw invalid(errors, locale);
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
      throw invalid(errors, locale);
    }
    return result.map();
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

  private static DomainException invalid(List<FieldError> errors, Locale locale) {
    return new DomainException(
        DomainException.Kind.INVALID, Messages.get(locale, "validation.failed"), errors, null);
  }

  private static DomainException notFound(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "socialmap.unknownCentre"));
  }
}
