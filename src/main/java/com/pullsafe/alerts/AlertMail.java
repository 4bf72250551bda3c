package com.pullsafe.alerts;

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
 * Sends the e-mails of notifications off the request thread, and retries the ones that failed (see
 * {@link MailRetrySchedule}), up to {@link Notification#MAX_MAIL_ATTEMPTS} tries. Each try is its
 * own transaction under the notification's tenant.
 */
@Stateless
@PermitAll
public class AlertMail {

  private static final Logger LOG = Logger.getLogger(AlertMail.class.getName());

  /** Notifications due for a try, of every tenant (the system timer has no tenant of its own). */
  private static final String DUE =
      """
      select tenant_id, id from notification
       where mail_attempts < ?
         and (mail_status = 'FAILED'
              or (mail_status = 'PENDING' and created_at < now() - interval '1 minute'))
         and (mail_claimed_until is null or mail_claimed_until < now())
       order by created_at
       limit 100
      """;

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private MailDelivery delivery;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendLater(long tenantId, long notificationId) {
    send(tenantId, notificationId);
  }

  /** Called by {@link MailRetrySchedule}; a pending mail gets a minute for its first try. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void retryFailed() {
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(DUE)
            // Across tenants on purpose: EclipseLink refuses native SQL without this hint.
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, Notification.MAX_MAIL_ATTEMPTS)
            .getResultList();
    due.forEach(row -> send(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
  }

  private void send(long tenantId, long notificationId) {
    try {
      TenantContext.runAs(tenantId, () -> delivery.deliver(notificationId));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Could not record the mail outcome of notification " + notificationId, e);
    }
  }
}
