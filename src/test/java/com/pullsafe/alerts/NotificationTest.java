package com.pullsafe.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.triage.Level;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {

  private static Notification notification() {
    return new Notification(null, 7L, "Lea Novak", "2026-W47", Level.RED, Instant.EPOCH);
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
      n.mailFailed("Connection refused");
      assertTrue(n.mailDue());
    }
    n.mailFailed("Connection refused");

    assertFalse(n.mailDue());
    assertEquals(MailStatus.FAILED, n.getMailStatus());
  }

  @Test
  void aSentMailIsNotSentAgain() {
    Notification n = notification();
    n.mailFailed("timeout");
    n.mailSent(Instant.EPOCH);

    assertFalse(n.mailDue());
    assertEquals(2, n.getMailAttempts());
  }

  @Test
  void theTextNamesAthleteWeekAndLevel() {
    String text = notification().text();

    assertTrue(text.contains("Lea Novak"), text);
    assertTrue(text.contains("2026-W47"), text);
    assertTrue(text.contains("RED"), text);
  }
}
