package org.knooppunt.platform.neo4j;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live as long as the JVM can answer: a database outage makes the instance unready, not dead, so an
 * orchestrator does not restart healthy application servers because Neo4j is briefly away.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("knooppunt");
  }
}
