package org.knooppunt.socialmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knooppunt.organisation.Sector;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;

/**
 * Reads social maps: checks the request, applies the configured bounds (500 nodes / 2,000 edges by
 * default) and makes one database round trip for the graph.
 */
@ApplicationScoped
public class SocialMapService {

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

  static final Set<String> STATUSES = Set.of("confirmed", "proposed", "ended");

  public SocialMap map(String centre, int depth, MapFilter filter, Locale locale) {
    if (depth < 1 || depth > SocialMapRepository.MAX_DEPTH) {
      String message = Messages.get(locale, "socialmap.depthRange", SocialMapRepository.MAX_DEPTH);
      throw new DomainException(
          DomainException.Kind.INVALID, message, List.of(new FieldError("depth", message)), null);
    }
    List<FieldError> errors = new ArrayList<>();
    if (MapFilter.blankToNull(filter.sector()) != null && Sector.ofCode(filter.sector()) == null) {
      errors.add(new FieldError("sector", Messages.get(locale, "knooppunt.validation.sector")));
    }
    if (MapFilter.blankToNull(filter.status()) != null && !STATUSES.contains(filter.status())) {
      errors.add(new FieldError("status", Messages.get(locale, "socialmap.unknownStatus")));
    }
    if (tooLong(filter.topic()) || tooLong(filter.targetGroup())) {
      errors.add(new FieldError("topic", Messages.get(locale, "socialmap.unknownFilter")));
    }
    if (!errors.isEmpty()) {
      throw invalid(errors, locale);
    }
    if (centre == null || centre.isBlank() || centre.length() > 64) {
      throw notFound(locale);
    }
    var result =
        graph
            .read(tx -> repository.neighbourhood(tx, centre, depth, filter, maxNodes, maxEdges))
            .orElseThrow(() -> notFound(locale));
    if (!result.topicKnown()) {
      errors.add(new FieldError("topic", Messages.get(locale, "socialmap.unknownFilter")));
    }
    if (!result.targetGroupKnown()) {
      errors.add(new FieldError("targetGroup", Messages.get(locale, "socialmap.unknownFilter")));
    }
    if (!errors.isEmpty()) {
      throw invalid(errors, locale);
    }
    return result.map();
  }

  private static boolean tooLong(String s) {
    return s != null && s.length() > 80;
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
