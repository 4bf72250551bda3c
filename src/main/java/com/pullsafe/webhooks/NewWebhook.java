package com.pullsafe.webhooks;

import java.util.List;

/** What a tenant admin gives to add an endpoint: its URL and the event types it receives. */
public record NewWebhook(String url, List<String> events) {}
