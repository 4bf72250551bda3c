package com.pullsafe.webhooks;

/** Where a delivery stands: not tried yet, failed and due again, answered 2xx, or given up. */
public enum DeliveryStatus {
  PENDING,
  RETRYING,
  DELIVERED,
  FAILED
}
