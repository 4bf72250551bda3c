package com.pullsafe.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The events a webhook endpoint can subscribe to, by the type name receivers see. */
public enum WebhookEvent {
  /** A report triaged RED or URGENT (an URGENT one is also {@link #REPORT_URGENT}). */
  REPORT_FLAGGED("report.flagged"),
  REPORT_URGENT("report.urgent"),
  REVIEW_COMPLETED("review.completed"),
  ATHLETE_CLEARED("athlete.cleared");

  private final String type;

  WebhookEvent(String type) {
    this.type = type;
  }

  public String type() {
    return type;
  }

  public static Optional<WebhookEvent> ofType(String type) {
    return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
  }
}
