package com.pullsafe.webhooks;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends each endpoint's deliveries on a lane of its own, at most {@code maxLanes} lanes at once: an
 * endpoint that answers slowly or not at all holds up its own deliveries only. An endpoint asked
 * for while its lane runs is drained again afterwards; one asked for while every lane is taken
 * waits for a free one, in the order asked, and so does a lane's own repeat, so that no endpoint
 * keeps a lane while others wait.
 */
final class EndpointLanes {

  private static final Logger LOG = Logger.getLogger(EndpointLanes.class.getName());

  private final int maxLanes;
  private final Executor executor;
  private final LongConsumer drain;
  private final Set<Long> running = new HashSet<>();
  private final Set<Long> again = new HashSet<>();
  private final Set<Long> waiting = new LinkedHashSet<>();

  /** {@code drain} sends an endpoint's due deliveries; it is called on {@code executor}. */
  EndpointLanes(int maxLanes, Executor executor, LongConsumer drain) {
    this.maxLanes = maxLanes;
    this.executor = executor;
    this.drain = drain;
  }

  synchronized void request(long endpointId) {
    if (running.contains(endpointId)) {
      again.add(endpointId);
    } else {
      waiting.add(endpointId);
      startWaiting();
    }
  }

  synchronized int running() {
    return running.size();
  }

  private void run(long endpointId) {
    try {
      drain.accept(endpointId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Webhook deliveries to endpoint " + endpointId + " stopped", e);
    } finally {
      finished(endpointId);
    }
  }

  private synchronized void finished(long endpointId) {
    running.remove(endpointId);
    if (again.remove(endpointId)) {
      waiting.add(endpointId);
    }
    startWaiting();
  }

  private void startWaiting() {
    while (running.size() < maxLanes && !waiting.isEmpty()) {
      long endpointId = waiting.iterator().next();
      waiting.remove(endpointId);
      running.add(endpointId);
      try {
        executor.execute(() -> run(endpointId));
      } catch (RejectedExecutionException e) {
        // The retry timer asks again for whatever is still due.
        running.remove(endpointId);
        LOG.warning(() -> "Webhook deliveries to endpoint " + endpointId + " put off: " + e);
        return;
      }
    }
  }
}
