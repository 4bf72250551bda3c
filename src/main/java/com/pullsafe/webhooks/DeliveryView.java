package com.pullsafe.webhooks;

import java.time.Instant;

/** A delivery as the admin sees it: its event, status and the receiver's last answer. */
public record DeliveryView(
    long id,
    long webhookId,
    String eventId,
    String eventType,
    String status,
    int attempts,
    Integer lastStatusCode,
    String lastResponse,
    Instant lastAttemptAt,
    Instant nextAttemptAt,
    Instant createdAt) {}
