package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResetRequestThrottleTest {

  private Instant now = Instant.parse("2026-12-01T10:00:00Z");
  private final ResetRequestThrottle throttle =
      new ResetRequestThrottle(
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
  void anAddressWaitsAfterItsAllowanceUntilTheWindowEnds() {
    for (int i = 0; i < ResetRequestThrottle.PER_ADDRESS; i++) {
      assertEquals(Optional.empty(), throttle.refusalForAddress("10.0.0.1"));
    }
    now = now.plus(Duration.ofMinutes(5));
    assertEquals(
        Optional.of(ResetRequestThrottle.WINDOW.minus(Duration.ofMinutes(5))),
        throttle.refusalForAddress("10.0.0.1"));
    assertEquals(Optional.empty(), throttle.refusalForAddress("10.0.0.2"));
    now = now.plus(ResetRequestThrottle.WINDOW);
    assertEquals(Optional.empty(), throttle.refusalForAddress("10.0.0.1"));
  }

  @Test
  void anAddressMayBeMailedAFewTimesPerWindowWhateverItsSpelling() {
    for (int i = 0; i < ResetRequestThrottle.PER_LOGIN; i++) {
      assertTrue(throttle.mayMail(i % 2 == 0 ? "mia@demo.test" : " MIA@demo.test "));
    }
    assertFalse(throttle.mayMail("mia@demo.test"));
    assertTrue(throttle.mayMail("noah@demo.test"));
    now = now.plus(ResetRequestThrottle.WINDOW);
    assertTrue(throttle.mayMail("mia@demo.test"));
  }
}
