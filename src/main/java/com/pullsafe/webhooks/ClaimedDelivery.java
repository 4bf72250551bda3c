package com.pullsafe.webhooks;

/**
 * A delivery a sender holds for one try ({@link DeliveryClaims}), with what sending it needs, read
 * in the claiming transaction so that the send itself needs no database. {@code url} and {@code
 * secret} are null when the endpoint is gone.
 */
record ClaimedDelivery(
    long id,
    long tenantId,
    long endpointId,
    String eventId,
    String eventType,
    String payload,
    String claimToken,
    String url,
    String secret,
    boolean endpointActive) {

  @Override
  public String toString() {
    // Never the secret: a claim may end up in a log.
    return "ClaimedDelivery[id=" + id + ", tenant=" + tenantId + ", endpoint=" + endpointId + "]";
  }
}
