package org.knooppunt.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code max} attempts per key (a client address, an account) within a sliding {@code
 * window}: the pattern of {@link LoginThrottle}, reusable for any endpoint that strangers may call
 * (sign-up, accepting an invite). Kept in memory per server: behind a load balancer each instance
 * counts on its own, which bounds a client to {@code max} × instances per window.
 */
public final class RateLimit {

  /** Past this many keys, keys without recent attempts are dropped so memory stays bounded. */
  static final int PRUNE_AT = 10_000;

  private final int max;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

  public RateLimit(int max, Duration window, Clock clock) {
    if (max < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("max ≥ 1 and a positive window");
    }
    this.max = max;
    this.window = window;
    this.clock = clock;
  }

  /** Counts an attempt for {@code key}; false (and not counted) when the limit is reached. */
  public boolean tryAcquire(String key) {
    if (attempts.size() > PRUNE_AT) {
      attempts
          .values()
          .removeIf(d -> {
            synchronized (d) {
              prune(d);
              return d.isEmpty();
            }
          });
    }
    Deque<Instant> recent = attempts.computeIfAbsent(normalise(key), k -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent);
      if (recent.size() >= max) {
        return false;
      }
      recent.addLast(clock.instant());
      return true;
    }
  }

  public int max() {
    return max;
  }

  public Duration window() {
    return window;
  }

  private void prune(Deque<Instant> recent) {
    Instant horizon = clock.instant().minus(window);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
      recent.removeFirst();
    }
  }

  private static String normalise(String key) {
    return key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
  }
}
