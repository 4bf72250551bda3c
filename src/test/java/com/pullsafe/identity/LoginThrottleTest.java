package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String HOME = "192.0.2.10";
  private static final String ELSEWHERE = "198.51.100.7";

  private Instant now = Instant.parse("2026-11-27T10:00:00Z");
  private final LoginThrottle throttle =
      new LoginThrottle(
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  void fiveFailuresPassThenTheNextAttemptWaitsTenSeconds() {
    fail("ana@example.com", HOME, 5);

    LoginThrottle.Attempt sixth = throttle.begin("ana@example.com", HOME);

    assertTrue(sixth.isRefused());
    assertEquals(LoginThrottle.Scope.ACCOUNT, sixth.refusal().orElseThrow().scope());
    assertEquals(10, sixth.refusal().orElseThrow().retryAfterSeconds());
  }

  @Test
  void theDelayDoublesWithEachFurtherFailure() {
    fail("ana@example.com", ELSEWHERE, 5);
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      long wait =
          throttle.begin("ana@example.com", ELSEWHERE).refusal().orElseThrow().retryAfterSeconds();
      waits.add(wait);
      now = now.plusSeconds(wait);
      admitted("ana@example.com", ELSEWHERE).failed();
    }

    assertEquals(List.of(10L, 20L, 40L, 80L), waits);
  }

  @Test
  void theDelayIsCappedAtFiveMinutes() {
    LoginThrottle.Policy policy = LoginThrottle.BY_ACCOUNT;

    assertEquals(Duration.ZERO, policy.delayAfter(4));
    assertEquals(Duration.ofSeconds(10), policy.delayAfter(5));
    assertEquals(Duration.ofSeconds(160), policy.delayAfter(9));
    assertEquals(Duration.ofMinutes(5), policy.delayAfter(10));
    assertEquals(Duration.ofMinutes(5), policy.delayAfter(1_000));
  }

  @Test
  void theRefusalCountsDownAndTheRightPasswordIsAdmittedWhenItHasPassed() {
    fail("ben@example.com", HOME, 5);
    now = now.plusSeconds(4);
    assertEquals(
        6, throttle.begin("ben@example.com", HOME).refusal().orElseThrow().retryAfterSeconds());

    now = now.plusSeconds(6);
    admitted("ben@example.com", HOME).succeeded();
  }

  @Test
  void theLoginIsComparedWithoutCaseOrSpaces() {
    fail(" Ana@Example.com ", HOME, 5);

    assertTrue(throttle.begin("ana@example.com", HOME).isRefused());
  }

  @Test
  void parallelAttemptsBeyondTheFreeOnesAreRefusedWhileTheirPasswordsAreChecked() {
    List<LoginThrottle.Attempt> inFlight = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      inFlight.add(admitted("cy@example.com", ELSEWHERE));
    }

    for (int i = 0; i < 15; i++) {
      assertTrue(throttle.begin("cy@example.com", ELSEWHERE).isRefused(), "attempt " + (i + 6));
    }
    inFlight.forEach(LoginThrottle.Attempt::failed);
    assertTrue(throttle.begin("cy@example.com", ELSEWHERE).isRefused());
  }

  @Test
  void rightPasswordsNeverThrottleTheirLogin() {
    for (int i = 0; i < 50; i++) {
      admitted("dee@example.com", HOME).succeeded();
    }

    assertFalse(refused("dee@example.com", HOME));
  }

  @Test
  void anAbandonedAttemptDoesNotCount() {
    for (int i = 0; i < 10; i++) {
      admitted("eve@example.com", HOME).abandoned();
    }

    assertFalse(refused("eve@example.com", HOME));
  }

  @Test
  void anAddressIsThrottledAcrossLoginsAfterTwentyFailures() {
    for (int i = 0; i < 20; i++) {
      admitted("guess" + i + "@example.com", ELSEWHERE).failed();
    }

    LoginThrottle.Attempt next = throttle.begin("someone.else@example.com", ELSEWHERE);
    assertTrue(next.isRefused());
    assertEquals(LoginThrottle.Scope.ADDRESS, next.refusal().orElseThrow().scope());
    assertFalse(refused("someone.else@example.com", HOME));
  }

  @Test
  void guessingFromElsewhereCannotLockTheOwnerOutWhereTheySignedInBefore() {
    admitted("admin@portal.test", HOME).succeeded();
    fail("admin@portal.test", ELSEWHERE, 5);
    assertTrue(throttle.begin("admin@portal.test", ELSEWHERE).isRefused());

    assertFalse(refused("admin@portal.test", HOME));
  }

  @Test
  void anAddressIsKnownForThirtyDays() {
    admitted("fay@example.com", HOME).succeeded();
    fail("fay@example.com", ELSEWHERE, 5);

    now = now.plus(Duration.ofDays(30));
    fail("fay@example.com", ELSEWHERE, 5);

    assertTrue(refused("fay@example.com", HOME));
  }

  @Test
  void failuresAreForgivenOneEveryFiveMinutes() {
    fail("gus@example.com", ELSEWHERE, 5);
    now = now.plus(Duration.ofMinutes(5));
    assertFalse(refused("gus@example.com", ELSEWHERE), "one of five was forgiven");

    now = now.plus(Duration.ofMinutes(5));
    fail("gus@example.com", ELSEWHERE, 1);
    assertFalse(refused("gus@example.com", ELSEWHERE), "two were forgiven, one more failed");
    fail("gus@example.com", ELSEWHERE, 1);
    assertTrue(refused("gus@example.com", ELSEWHERE));
  }

  @Test
  void aFloodOfRefusedAttemptsIsNoticedOncePerFailure() {
    fail("hal@example.com", ELSEWHERE, 5);

    assertTrue(
        throttle.begin("hal@example.com", ELSEWHERE).refusal().orElseThrow().newlyThrottled());
    for (int i = 0; i < 10; i++) {
      assertFalse(
          throttle.begin("hal@example.com", ELSEWHERE).refusal().orElseThrow().newlyThrottled());
    }
    now = now.plusSeconds(10);
    admitted("hal@example.com", ELSEWHERE).failed();
    assertTrue(
        throttle.begin("hal@example.com", ELSEWHERE).refusal().orElseThrow().newlyThrottled());
  }

  @Test
  void retryAfterRoundsUpToWholeSeconds() {
    assertEquals(
        3,
        new LoginThrottle.Refusal(Duration.ofMillis(2001), LoginThrottle.Scope.ACCOUNT, true)
            .retryAfterSeconds());
    assertEquals(
        1,
        new LoginThrottle.Refusal(Duration.ofMillis(10), LoginThrottle.Scope.ACCOUNT, true)
            .retryAfterSeconds());
  }

  @Test
  void ipv6ClientsAreThrottledByTheirSlash64() {
    assertEquals(
        LoginThrottle.addressKey("2001:db8:1:2:aaaa::1"),
        LoginThrottle.addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee"));
    assertFalse(
        LoginThrottle.addressKey("2001:db8:1:2::1")
            .equals(LoginThrottle.addressKey("2001:db8:1:3::1")));
    assertEquals("192.0.2.10", LoginThrottle.addressKey("192.0.2.10"));
  }

  private void fail(String login, String address, int times) {
    for (int i = 0; i < times; i++) {
      admitted(login, address).failed();
    }
  }

  /** Begins an attempt and, when it is admitted, abandons it so that it leaves nothing behind. */
  private boolean refused(String login, String address) {
    LoginThrottle.Attempt attempt = throttle.begin(login, address);
    attempt.abandoned();
    return attempt.isRefused();
  }

  private LoginThrottle.Attempt admitted(String login, String address) {
    LoginThrottle.Attempt attempt = throttle.begin(login, address);
    assertFalse(attempt.isRefused(), () -> login + " refused: " + attempt.refusal());
    return attempt;
  }
}
