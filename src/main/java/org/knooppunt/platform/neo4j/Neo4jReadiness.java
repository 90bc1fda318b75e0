package org.knooppunt.platform.neo4j;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when Neo4j answers a query: a load balancer sends no traffic before that. */
@Readiness
@ApplicationScoped
public class Neo4jReadiness implements HealthCheck {

  @Inject Graph graph;

  @Override
  public HealthCheckResponse call() {
    try {
      long one = graph.read(tx -> tx.run("RETURN 1 AS one").single().get("one").asLong());
      return HealthCheckResponse.named("neo4j")
          .status(one == 1)
          .withData("database", graph.database())
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("neo4j")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
