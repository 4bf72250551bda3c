package com.pullsafe.webhooks;

import com.pullsafe.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.config.QueryHints;

/**
 * Sends deliveries off the request thread, and the ones that are due again (see {@link
 * WebhookRetrySchedule}). Each try is its own transaction under the delivery's tenant.
 */
@Stateless
@PermitAll
public class WebhookSender {

  private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

  /** Deliveries due for a try, of every tenant (the system timer has no tenant of its own). */
  private static final String DUE =
      """
      select tenant_id, id from webhook_delivery
       where status in ('PENDING', 'RETRYING') and next_attempt_at <= now()
       order by next_attempt_at
       limit 100
      """;

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private WebhookDispatch dispatch;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendLater(long tenantId, List<Long> deliveryIds) {
    deliveryIds.forEach(id -> send(tenantId, id));
  }

  /** Called by {@link WebhookRetrySchedule}. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendDue() {
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(DUE)
            // Across tenants on purpose: EclipseLink refuses native SQL without this hint.
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    due.forEach(row -> send(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
  }

  private void send(long tenantId, long deliveryId) {
    try {
      TenantContext.runAs(tenantId, () -> dispatch.deliver(deliveryId));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record the outcome of webhook delivery " + deliveryId, e);
    }
  }
}
