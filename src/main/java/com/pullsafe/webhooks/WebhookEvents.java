package com.pullsafe.webhooks;

import com.pullsafe.program.AthleteCleared;
import com.pullsafe.reports.CoachAlert;
import com.pullsafe.review.ReviewCompleted;
import com.pullsafe.triage.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns domain events into deliveries: one row per subscribed endpoint, stored inside the event's
 * transaction (a rolled-back report leaves none), and handed to {@link WebhookSender} only after
 * that transaction commits, off the request thread, so a slow receiver never slows a submission.
 */
@ApplicationScoped
public class WebhookEvents {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private Event<DeliveriesQueued> queued;
  @Inject private WebhookSender sender;

  void reportFlagged(@Observes CoachAlert alert) {
    List<WebhookEvent> events = new ArrayList<>(List.of(WebhookEvent.REPORT_FLAGGED));
    if (alert.level() == Level.URGENT) {
      events.add(WebhookEvent.REPORT_URGENT);
    }
    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("reportId", alert.reportId())
            .add("athleteId", alert.athleteId())
            .add("week", alert.week())
            .add("level", alert.level().name());
    if (alert.coachId() != null) {
      data.add("coachId", alert.coachId());
    }
    var built = data.build();
    enqueue(alert.tenantId(), events, Instant.now(), () -> Json.createObjectBuilder(built));
  }

  void reviewCompleted(@Observes ReviewCompleted review) {
    var data =
        Json.createObjectBuilder()
            .add("reviewId", review.reviewId())
            .add("reportId", review.reportId())
            .add("athleteId", review.athleteId())
            .add("level", review.level().name())
            .build();
    enqueue(
        review.tenantId(),
        List.of(WebhookEvent.REVIEW_COMPLETED),
        review.at(),
        () -> Json.createObjectBuilder(data));
  }

  void athleteCleared(@Observes AthleteCleared cleared) {
    var data =
        Json.createObjectBuilder()
            .add("clearanceId", cleared.clearanceId())
            .add("athleteId", cleared.athleteId())
            .build();
    enqueue(
        cleared.tenantId(),
        List.of(WebhookEvent.ATHLETE_CLEARED),
        cleared.at(),
        () -> Json.createObjectBuilder(data));
  }

  void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued q) {
    sender.send(q.endpointIds());
  }

  private void enqueue(
      long tenantId,
      List<WebhookEvent> events,
      Instant at,
      java.util.function.Supplier<JsonObjectBuilder> data) {
    List<WebhookEndpoint> endpoints =
        em.createNamedQuery("WebhookEndpoint.findActive", WebhookEndpoint.class).getResultList();
    if (endpoints.isEmpty()) {
      return;
    }
    Instant now = Instant.now();
    List<WebhookDelivery> made = new ArrayList<>();
    for (WebhookEvent event : events) {
      String eventId = UUID.randomUUID().toString();
      String payload = WebhookPayload.of(eventId, event, at, tenantId, data.get());
      for (WebhookEndpoint endpoint : endpoints) {
        if (endpoint.receives(event)) {
          made.add(new WebhookDelivery(endpoint.getId(), eventId, event, payload, now));
        }
      }
    }
    if (made.isEmpty()) {
      return;
    }
    made.forEach(em::persist);
    em.flush();
    queued.fire(
        new DeliveriesQueued(
            made.stream().map(WebhookDelivery::endpointId).collect(Collectors.toSet())));
  }
}
