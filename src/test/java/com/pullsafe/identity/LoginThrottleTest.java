package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-11-27T10:00:00Z");
  private final LoginThrottle throttle =
      new LoginThrottle(
          new Clock() {
            @Override
            public ZoneOffset getZone() {
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
          });

  @Test
  void fourFailuresDoNotLockButTheFifthDoes() {
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure("ana@example.com");
    }
    assertFalse(throttle.isLocked("ana@example.com"));

    throttle.recordFailure("ana@example.com");
    assertTrue(throttle.isLocked("ana@example.com"));
  }

  @Test
  void theLoginIsComparedWithoutCaseOrSpaces() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure(" Ana@Example.com ");
    }
    assertTrue(throttle.isLocked("ana@example.com"));
  }

  @Test
  void failuresOlderThanFifteenMinutesNoLongerCount() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("ben@example.com");
      now = now.plus(Duration.ofMinutes(1));
    }
    assertTrue(throttle.isLocked("ben@example.com"));

    now = now.plus(Duration.ofMinutes(11));
    assertFalse(throttle.isLocked("ben@example.com"));
  }

  @Test
  void aSuccessfulSignInClearsEarlierFailures() {
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure("cy@example.com");
    }
    throttle.recordSuccess("cy@example.com");
    throttle.recordFailure("cy@example.com");

    assertFalse(throttle.isLocked("cy@example.com"));
  }
}
