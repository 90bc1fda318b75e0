package org.knooppunt.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.knooppunt.organisation.Ref;
import org.knooppunt.platform.neo4j.Graph;

/**
 * The taxonomy for choice lists. Read in one transaction (three statements, one round trip each)
 * and cached for the application's life: it changes only through migrations, i.e. on a restart.
 */
@ApplicationScoped
public class Taxonomy {

  @Inject Graph graph;
  @Inject TaxonomyRepository repository;

  /** The three lists. */
  public record Lists(List<Ref> topics, List<Ref> targetGroups, List<Ref> domains) {}

  private volatile Lists lists;

  public Lists lists() {
    Lists l = lists;
    if (l == null) {
      l =
          graph.read(tx ->
              new Lists(
                  repository.topics(tx), repository.targetGroups(tx), repository.domains(tx)));
      lists = l;
    }
    return l;
  }
}
