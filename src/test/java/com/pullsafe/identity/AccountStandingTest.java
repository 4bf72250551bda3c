package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountStandingTest {

  private static final Instant CHANGED = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void aSessionOfAnActiveAccountBegunAfterTheLastCredentialChangeStands() {
    assertEquals(
        SessionStanding.Verdict.STANDS,
        new AccountStanding.Standing(true, CHANGED, true).verdictFor(CHANGED.plusSeconds(1)));
    assertEquals(
        SessionStanding.Verdict.STANDS,
        new AccountStanding.Standing(true, CHANGED, true).verdictFor(CHANGED));
  }

  @Test
  void aSessionBegunBeforeTheCredentialsChangedHasEnded() {
    assertEquals(
        SessionStanding.Verdict.ENDED,
        new AccountStanding.Standing(true, CHANGED, true).verdictFor(CHANGED.minusNanos(1000)));
  }

  @Test
  void aDeactivatedAccountsSessionHasEnded() {
    assertEquals(
        SessionStanding.Verdict.ENDED,
        new AccountStanding.Standing(false, CHANGED, true).verdictFor(CHANGED.plusSeconds(60)));
  }

  @Test
  void aSuspendedTenantsSessionsAreToldSo() {
    assertEquals(
        SessionStanding.Verdict.TENANT_SUSPENDED,
        new AccountStanding.Standing(true, CHANGED, false).verdictFor(CHANGED.plusSeconds(60)));
  }
}
