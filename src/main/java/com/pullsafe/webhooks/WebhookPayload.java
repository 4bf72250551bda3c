package com.pullsafe.webhooks;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * The body of a delivery: the event's type, id and time, the tenant and the ids of what it is
 * about, and the level where there is one. Never names, notes or answers: a receiver that needs
 * more asks the API with its own credentials.
 */
final class WebhookPayload {

  static String of(
      String eventId, WebhookEvent event, Instant at, long tenantId, JsonObjectBuilder data) {
    return Json.createObjectBuilder()
        .add("id", eventId)
        .add("type", event.type())
        .add("time", at.toString())
        .add("tenantId", tenantId)
        .add("data", data)
        .build()
        .toString();
  }

  private WebhookPayload() {}
}
