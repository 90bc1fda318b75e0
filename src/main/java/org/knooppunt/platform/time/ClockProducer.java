package org.knooppunt.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one {@link Clock} of the application (UTC). Rules that depend on "now" — invite expiry,
 * review reminders — inject it instead of calling {@code now()}, so tests can set the time.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @ApplicationScoped
  public Clock clock() {
    return Clock.systemUTC();
  }
}
