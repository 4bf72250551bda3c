package com.pullsafe.webhooks;

import java.util.Set;

/**
 * Deliveries to these endpoints were stored in the current transaction, to be sent once it commits.
 */
record DeliveriesQueued(Set<Long> endpointIds) {}
