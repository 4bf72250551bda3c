package com.pullsafe.reminders;

import com.pullsafe.reports.IsoWeek;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

/**
 * Decides, in one statement per tenant and week, who gets a reminder: every athlete of the tenant
 * who is not archived, has an active account, has not reported the week and has not unsubscribed.
 * The row is inserted before anything is sent, and the unique key (tenant, athlete, week) makes a
 * second decision, on this node or another, at the same time or later, insert nothing: only the
 * rows this transaction inserted are mailed, after it commits.
 */
@Stateless
@PermitAll
public class ReminderDecisions {

  private static final String DECIDE =
      """
      insert into reminder_sent (tenant_id, athlete_id, week)
      select a.tenant_id, a.id, ?2
        from athlete a
        join app_user u on u.id = a.account_id and u.active
       where a.tenant_id = ?1
         and not a.archived
         and not exists (select 1 from weekly_report r
                          where r.tenant_id = a.tenant_id and r.athlete_id = a.id and r.week = ?2)
         and not exists (select 1 from reminder_opt_out o
                          where o.tenant_id = a.tenant_id and o.athlete_id = a.id)
      on conflict (tenant_id, athlete_id, week) do nothing
      returning id
      """;

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private Event<RemindersDecided> decided;

  /** The ids of the reminders decided now; their e-mails go out once this commits. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> decide(long tenantId, IsoWeek week) {
    @SuppressWarnings("unchecked")
    List<Number> inserted =
        em.createNativeQuery(DECIDE)
            // The tenant is bound in the statement itself (EclipseLink does not filter native SQL).
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, tenantId)
            .setParameter(2, week.toString())
            .getResultList();
    List<Long> ids = inserted.stream().map(Number::longValue).toList();
    if (!ids.isEmpty()) {
      decided.fire(new RemindersDecided(tenantId, ids));
    }
    return ids;
  }
}
