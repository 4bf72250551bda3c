package com.pullsafe.webhooks;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Records the outcome of one try in a short transaction of its own, under the delivery's tenant,
 * and lets go of its claim. An outcome whose claim has run out and been taken by another sender is
 * dropped: that sender records its own.
 */
@Stateless
@PermitAll
public class WebhookDispatch {

  private static final Logger LOG = Logger.getLogger(WebhookDispatch.class.getName());

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Void record(ClaimedDelivery claimed, Outcome outcome) {
    WebhookDelivery delivery =
        em.find(WebhookDelivery.class, claimed.id(), LockModeType.PESSIMISTIC_WRITE);
    if (delivery == null || !delivery.claimedBy(claimed.claimToken())) {
      LOG.info(() -> "Webhook delivery " + claimed.id() + ": its claim ran out, outcome dropped");
      return null;
    }
    delivery.record(outcome, Instant.now(), Backoff.configured());
    // Never the secret or the signature: the delivery id names everything else.
    LOG.fine(() -> "Webhook delivery " + claimed.id() + " tried: " + delivery.status());
    return null;
  }
}
