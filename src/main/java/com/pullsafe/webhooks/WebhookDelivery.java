package com.pullsafe.webhooks;

import com.pullsafe.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event for one endpoint, stored in the transaction that caused the event (so it exists exactly
 * when the event happened), sent after the commit and retried with {@link Backoff}.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(
    name = "WebhookDelivery.findRecent",
    query = "select d from WebhookDelivery d order by d.createdAt desc, d.id desc")
public class WebhookDelivery extends TenantOwnedEntity {

  static final int RESPONSE_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "endpoint_id", nullable = false)
  private long endpointId;

  @Column(name = "event_id", nullable = false, length = 36)
  private String eventId;

  @Column(name = "event_type", nullable = false, length = 40)
  private String eventType;

  @Column(nullable = false)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DeliveryStatus status = DeliveryStatus.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "last_status_code")
  private Integer lastStatusCode;

  @Column(name = "last_response", length = RESPONSE_MAX)
  private String lastResponse;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Until when a sender holds this delivery for a try ({@link DeliveryClaims}); null when none. */
  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "claim_token", length = 36)
  private String claimToken;

  protected WebhookDelivery() {}

  /** A delivery due now: sent right after the commit, or else by the retry timer. */
  WebhookDelivery(
      long endpointId, String eventId, WebhookEvent event, String payload, Instant createdAt) {
    this.endpointId = endpointId;
    this.eventId = eventId;
    this.eventType = event.type();
    this.payload = payload;
    this.createdAt = createdAt;
    this.nextAttemptAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  long endpointId() {
    return endpointId;
  }

  String eventId() {
    return eventId;
  }

  String eventType() {
    return eventType;
  }

  String payload() {
    return payload;
  }

  int attempts() {
    return attempts;
  }

  DeliveryStatus status() {
    return status;
  }

  Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  String lastResponse() {
    return lastResponse;
  }

  /**
   * Whether a try is due: not delivered or given up, and its time has come. {@link DeliveryClaims}
   * asks the same in SQL, and also that no sender holds it.
   */
  boolean due(Instant now) {
    return (status == DeliveryStatus.PENDING || status == DeliveryStatus.RETRYING)
        && nextAttemptAt != null
        && !nextAttemptAt.isAfter(now);
  }

  /** Whether the claim of the try whose outcome is at hand still stands. */
  boolean claimedBy(String token) {
    return token != null && token.equals(claimToken);
  }

  /** Records the outcome of a claimed try and lets go of the claim. */
  void record(Outcome outcome, Instant at, Backoff backoff) {
    claimedUntil = null;
    claimToken = null;
    switch (outcome.kind()) {
      case DELIVERED -> delivered(at, outcome.statusCode(), outcome.text());
      case FAILED -> failed(at, outcome.statusCode(), outcome.text(), backoff);
      case ABANDONED -> abandoned(at, outcome.text());
    }
  }

  void delivered(Instant at, int statusCode, String response) {
    attempted(at, statusCode, response);
    status = DeliveryStatus.DELIVERED;
    nextAttemptAt = null;
  }

  void failed(Instant at, Integer statusCode, String response, Backoff backoff) {
    attempted(at, statusCode, response);
    if (backoff.exhausted(attempts)) {
      status = DeliveryStatus.FAILED;
      nextAttemptAt = null;
    } else {
      status = DeliveryStatus.RETRYING;
      nextAttemptAt = at.plus(backoff.delayAfter(attempts));
    }
  }

  /** Not to be tried again: its endpoint is disabled or gone. */
  void abandoned(Instant at, String reason) {
    attempted(at, null, reason);
    status = DeliveryStatus.FAILED;
    nextAttemptAt = null;
  }

  /** An admin asked for it again: due now, whatever came before. */
  void resendNow(Instant now) {
    status = DeliveryStatus.RETRYING;
    nextAttemptAt = now;
  }

  private void attempted(Instant at, Integer statusCode, String response) {
    attempts++;
    lastAttemptAt = at;
    lastStatusCode = statusCode;
    lastResponse =
        response == null || response.length() <= RESPONSE_MAX
            ? response
            : response.substring(0, RESPONSE_MAX);
  }

  DeliveryView view() {
    return new DeliveryView(
        id,
        endpointId,
        eventId,
        eventType,
        status.name(),
        attempts,
        lastStatusCode,
        lastResponse,
        lastAttemptAt,
        nextAttemptAt,
        createdAt);
  }
}
