package org.knooppunt.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins per account: after {@value #MAX_FAILURES} failures within a minute the
 * account refuses every attempt (even a correct password) until the minute has passed. Kept in
 * memory per server: behind a load balancer each instance counts on its own, which bounds an
 * attacker to MAX_FAILURES × instances per minute.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(1);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean blocked(String username) {
    Deque<Instant> recent = failures.get(key(username));
    if (recent == null) {
      return false;
    }
    synchronized (recent) {
      prune(recent);
      return recent.size() >= MAX_FAILURES;
    }
  }

  public void failed(String username) {
    Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent);
      recent.addLast(clock.instant());
    }
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private void prune(Deque<Instant> recent) {
    Instant horizon = clock.instant().minus(WINDOW);
    while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
      recent.removeFirst();
    }
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
