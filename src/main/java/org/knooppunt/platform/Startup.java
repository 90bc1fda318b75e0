package org.knooppunt.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knooppunt.account.AccountService;
import org.knooppunt.platform.demo.DemoData;
import org.knooppunt.platform.neo4j.Neo4jPlatform;

/**
 * What happens once when the application starts: Neo4j up and migrated (by {@link Neo4jPlatform}),
 * the first administrator from configuration, and in the embedded default the demo network. Doing
 * it here rather than on the first request keeps the first page fast and makes a broken database
 * fail the start, visibly.
 */
@ApplicationScoped
public class Startup {

  @Inject Neo4jPlatform neo4j;
  @Inject AccountService accounts;
  @Inject DemoData demo;

  @Inject
  @ConfigProperty(name = "knooppunt.admin.username")
  Optional<String> adminUsername;

  @Inject
  @ConfigProperty(name = "knooppunt.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "knooppunt.demo", defaultValue = "true")
  boolean demoWanted;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    accounts.ensureFirstAdmin(adminUsername.orElse(null), adminPassword.orElse(null));
    if (neo4j.embedded() && demoWanted) {
      demo.loadIfEmpty();
    }
  }
}
