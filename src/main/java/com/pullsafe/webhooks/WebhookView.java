package com.pullsafe.webhooks;

import java.time.Instant;
import java.util.List;

/** An endpoint as the admin sees it: never with its secret. */
public record WebhookView(
    long id, String url, List<String> events, boolean active, Instant createdAt) {}
