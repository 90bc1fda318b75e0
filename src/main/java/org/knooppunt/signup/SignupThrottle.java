package org.knooppunt.signup;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.security.RateLimit;

/**
 * How often one client address may sign up, claim or accept an invite: {@code
 * knooppunt.signup.throttle.max} attempts (default 5) per {@code knooppunt.signup.throttle.minutes}
 * (default 10), counted separately for the sign-up (with claims) and for invites. Every attempt
 * counts, also a refused one: that is what slows down someone who tries numbers or tokens, or fills
 * the queue.
 */
@ApplicationScoped
public class SignupThrottle {

  static final int DEFAULT_MAX = 5;
  static final int DEFAULT_MINUTES = 10;

  private final RateLimit signups;
  private final RateLimit invites;

  public SignupThrottle() {
    var config = ConfigProvider.getConfig();
    int max =
        config.getOptionalValue("knooppunt.signup.throttle.max", Integer.class).orElse(DEFAULT_MAX);
    int minutes =
        config
            .getOptionalValue("knooppunt.signup.throttle.minutes", Integer.class)
            .orElse(DEFAULT_MINUTES);
    Duration window = Duration.ofMinutes(Math.max(1, minutes));
    this.signups = new RateLimit(Math.max(1, max), window, Clock.systemUTC());
    this.invites = new RateLimit(Math.max(1, max), window, Clock.systemUTC());
  }

  SignupThrottle(int max, Duration window, Clock clock) {
    this.signups = new RateLimit(max, window, clock);
    this.invites = new RateLimit(max, window, clock);
  }

  /** Counts a sign-up or claim from {@code client}; refuses with a 429 past the limit. */
  public void signup(String client, Locale locale) {
    if (!signups.tryAcquire(client)) {
      throw refused(signups, locale);
    }
  }

  /** Counts an invite acceptance from {@code client}; refuses with a 429 past the limit. */
  public void invite(String client, Locale locale) {
    if (!invites.tryAcquire(client)) {
      throw refused(invites, locale);
    }
  }

  private static DomainException refused(RateLimit limit, Locale locale) {
    return new DomainException(
        DomainException.Kind.THROTTLED,
        Messages.get(locale, "signup.throttled", limit.window().toMinutes()));
  }
}
