package com.pullsafe.webhooks;

/** A new endpoint with its signing secret, the one time the secret is shown. */
public record CreatedWebhook(WebhookView webhook, String secret) {}
