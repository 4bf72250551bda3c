package com.pullsafe.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.shared.Language;
import com.pullsafe.shared.MailClaim;
import com.pullsafe.triage.Level;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotificationTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  private static Notification notification() {
    return new Notification(null, 7L, "Lea Novak", "2026-W47", Level.RED, Instant.EPOCH);
  }

  @Test
  void aGermanReaderGetsTheTextWithTheCalendarWeekAndTheGermanLevel() {
    assertEquals(
        "Lea Novak hat für KW 47/2026 berichtet: Rot.",
        Language.during(Locale.GERMAN, notification()::text));
  }

  @Test
  void aNewNotificationsMailIsDue() {
    Notification n = notification();

    assertEquals(MailStatus.PENDING, n.getMailStatus());
    assertTrue(n.mailDue());
  }

  @Test
  void aFailedMailIsRetriedUpToTheLimitAndShownAsNotSent() {
    Notification n = notification();
    for (int i = 0; i < Notification.MAX_MAIL_ATTEMPTS - 1; i++) {
      n.mailFailed(claimed(n), "Connection refused");
      assertTrue(n.mailDue());
    }
    n.mailFailed(claimed(n), "Connection refused");

    assertFalse(n.mailDue());
    assertTrue(n.claimMail(NOW).isEmpty(), "no try after the last");
    assertEquals(MailStatus.FAILED, n.getMailStatus());
  }

  @Test
  void aSentMailIsNotSentAgain() {
    Notification n = notification();
    n.mailFailed(claimed(n), "timeout");
    n.mailSent(claimed(n), Instant.EPOCH);

    assertFalse(n.mailDue());
    assertTrue(n.claimMail(NOW).isEmpty());
    assertEquals(2, n.getMailAttempts());
  }

  @Test
  void aTryUnderWayKeepsASecondTryAwayUntilItsLeaseRunsOut() {
    Notification n = notification();
    String first = claimed(n);

    assertTrue(n.claimMail(NOW.plusSeconds(60)).isEmpty(), "claimed by the first try");
    String second =
        n.claimMail(NOW.plus(MailClaim.LEASE).plusSeconds(1))
            .orElseThrow(() -> new AssertionError("the lease ran out"));

    assertFalse(n.mailSent(first, NOW), "the first try lost its claim: not its outcome to record");
    assertEquals(MailStatus.PENDING, n.getMailStatus());
    assertTrue(n.mailSent(second, NOW));
    assertEquals(MailStatus.SENT, n.getMailStatus());
    assertEquals(1, n.getMailAttempts());
  }

  private static String claimed(Notification n) {
    return n.claimMail(NOW).orElseThrow(() -> new AssertionError("the mail could not be claimed"));
  }

  @Test
  void theTextNamesAthleteWeekAndLevel() {
    String text = Language.during(Locale.ENGLISH, notification()::text);

    assertTrue(text.contains("Lea Novak"), text);
    assertTrue(text.contains("2026-W47"), text);
    assertTrue(text.contains("Red"), text); // the level's name, as the mail writes it
  }
}
