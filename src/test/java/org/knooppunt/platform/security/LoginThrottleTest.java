package org.knooppunt.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock that tests move by hand. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-11-21T10:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void blocksAfterFiveFailuresAndReleasesAfterAMinute() {
    MovingClock clock = new MovingClock();
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < 4; i++) {
      throttle.failed("Anna");
    }
    assertFalse(throttle.blocked("anna"));
    throttle.failed(" anna ");
    assertTrue(throttle.blocked("ANNA"), "usernames count case-insensitively");
    assertFalse(throttle.blocked("bert"), "other accounts are not affected");
    clock.now = clock.now.plus(Duration.ofSeconds(61));
    assertFalse(throttle.blocked("anna"));
  }

  @Test
  void aSuccessfulLoginClearsTheCount() {
    LoginThrottle throttle = new LoginThrottle(new MovingClock());
    for (int i = 0; i < 4; i++) {
      throttle.failed("cas");
    }
    throttle.succeeded("cas");
    throttle.failed("cas");
    assertFalse(throttle.blocked("cas"));
  }

  @Test
  void hashesVerifyOnlyTheirOwnPassword() {
    String hash = PasswordHasher.hash("een wachtwoord".toCharArray());
    assertTrue(PasswordHasher.verify("een wachtwoord".toCharArray(), hash));
    assertFalse(PasswordHasher.verify("een wachtwoorD".toCharArray(), hash));
    assertFalse(PasswordHasher.verify("x".toCharArray(), "garbage"));
    assertFalse(PasswordHasher.verify("x".toCharArray(), null));
  }
}
