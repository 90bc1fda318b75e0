package org.knooppunt.socialmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    if (depth < 1 || depth > SocialMapRepository.MAX_DEPTH) {
      String message = Messages.get(locale, "socialmap.depthRange", SocialMapRepository.MAX_DEPTH);
      throw new DomainException(
          DomainException.Kind.INVALID, message, List.of(new FieldError("depth", message)), null);
    }
    if (centre == null || centre.isBlank() || centre.length() > 64) {
      throw notFound(locale);
    }
    return graph
        .read(tx -> repository.neighbourhood(tx, centre, depth, maxNodes, maxEdges))
        .orElseThrow(() -> notFound(locale));
  }

  private static DomainException notFound(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "socialmap.unknownCentre"));
  }
}
