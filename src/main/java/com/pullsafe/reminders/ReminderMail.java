package com.pullsafe.reminders;

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
 * Sends reminder e-mails off the deciding thread, and retries the ones that failed, up to {@link
 * Reminder#MAX_MAIL_ATTEMPTS} tries. Each try is its own transaction under the reminder's tenant.
 */
@Stateless
@PermitAll
public class ReminderMail {

  private static final Logger LOG = Logger.getLogger(ReminderMail.class.getName());

  /** Reminders due for a try, of every tenant; a pending one gets a minute for its first try. */
  private static final String DUE =
      """
      select tenant_id, id from reminder_sent
       where mail_attempts < ?1
         and (mail_status = 'FAILED'
              or (mail_status = 'PENDING' and created_at < now() - interval '1 minute'))
         and (mail_claimed_until is null or mail_claimed_until < now())
       order by created_at
       limit 200
      """;

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private ReminderDelivery delivery;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendLater(long tenantId, List<Long> reminderIds) {
    reminderIds.forEach(id -> send(tenantId, id));
  }

  /** Called by each reminder round before it decides new ones. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void retryFailed() {
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(DUE)
            // Across tenants on purpose: EclipseLink refuses native SQL without this hint.
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, Reminder.MAX_MAIL_ATTEMPTS)
            .getResultList();
    due.forEach(row -> send(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
  }

  private void send(long tenantId, long reminderId) {
    try {
      TenantContext.runAs(tenantId, () -> delivery.deliver(reminderId));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record the mail outcome of reminder " + reminderId, e);
    }
  }
}
