package com.pullsafe.webhooks;

import java.util.List;

/** Deliveries stored in the current transaction, to be sent once it commits. */
record DeliveriesQueued(long tenantId, List<Long> deliveryIds) {}
