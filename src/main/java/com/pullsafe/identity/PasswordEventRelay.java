package com.pullsafe.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Hands a password event to its asynchronous observers (the audit trail) once the transaction that
 * caused it has committed: never for a change that was rolled back, never before the change can be
 * read. The services fire it with {@code Event.fire}, which reaches this observer only; its {@code
 * fireAsync} reaches only the {@code @ObservesAsync} ones, so each event goes round once.
 */
@ApplicationScoped
public class PasswordEventRelay {

  private static final Logger LOG = Logger.getLogger(SecurityEvents.LOGGER);

  @Inject private Event<PasswordEvent> events;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordEvent event) {
    events
        .fireAsync(event)
        .exceptionally(
            failure -> {
              LOG.warning(
                  () ->
                      "event=audit.failed of="
                          + event.kind()
                          + " cause="
                          + failure.getClass().getSimpleName());
              return null;
            });
  }
}
