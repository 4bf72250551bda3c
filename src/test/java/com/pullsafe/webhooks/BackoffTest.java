package com.pullsafe.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10), 4);

  @Test
  void theWaitDoublesAfterEachFailureFromTheBase() {
    assertEquals(Duration.ofSeconds(30), backoff.delayAfter(1));
    assertEquals(Duration.ofSeconds(60), backoff.delayAfter(2));
    assertEquals(Duration.ofSeconds(120), backoff.delayAfter(3));
    assertEquals(Duration.ofSeconds(240), backoff.delayAfter(4));
  }

  @Test
  void theWaitNeverExceedsTheCapHoweverManyFailures() {
    assertEquals(Duration.ofMinutes(10), backoff.delayAfter(6));
    assertEquals(Duration.ofMinutes(10), backoff.delayAfter(1_000));
  }

  @Test
  void aFailedDeliveryIsDueAgainAfterTheBackoffAndGivenUpAfterTheLastAttempt() {
    Instant t0 = Instant.parse("2026-12-01T10:00:00Z");
    WebhookDelivery d = new WebhookDelivery(1, "e", WebhookEvent.REPORT_FLAGGED, "{}", t0);
    assertTrue(d.due(t0));

    d.failed(t0, 500, "boom", backoff);
    assertFalse(d.due(t0.plusSeconds(29)));
    assertTrue(d.due(t0.plusSeconds(30)));

    d.failed(t0.plusSeconds(30), null, "refused", backoff);
    assertFalse(d.due(t0.plusSeconds(89)));
    assertTrue(d.due(t0.plusSeconds(90)));

    d.failed(t0.plusSeconds(90), 503, "", backoff);
    d.failed(t0.plusSeconds(300), 503, "", backoff);
    assertEquals(DeliveryStatus.FAILED, d.status());
    assertNull(d.nextAttemptAt());
    assertFalse(d.due(t0.plusSeconds(100_000)));
  }

  @Test
  void aDeliveredOneIsNotDueUntilAnAdminResendsIt() {
    Instant t0 = Instant.parse("2026-12-01T10:00:00Z");
    WebhookDelivery d = new WebhookDelivery(1, "e", WebhookEvent.REPORT_FLAGGED, "{}", t0);
    d.delivered(t0, 204, "");
    assertFalse(d.due(t0.plusSeconds(3600)));

    d.resendNow(t0.plusSeconds(3600));
    assertTrue(d.due(t0.plusSeconds(3600)));
  }

  @Test
  void aStoredResponseIsCutToItsColumn() {
    Instant t0 = Instant.parse("2026-12-01T10:00:00Z");
    WebhookDelivery d = new WebhookDelivery(1, "e", WebhookEvent.REPORT_FLAGGED, "{}", t0);
    d.delivered(t0, 200, "x".repeat(WebhookDelivery.RESPONSE_MAX + 10));
    assertEquals(WebhookDelivery.RESPONSE_MAX, d.lastResponse().length());
  }
}
