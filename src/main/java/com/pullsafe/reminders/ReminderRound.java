package com.pullsafe.reminders;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.settings.ReminderSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.config.QueryHints;

/**
 * One round of reminders at a given moment: retries the e-mails that failed, then decides, tenant
 * by tenant, the reminders that have fallen due. Safe to run on several nodes at once: the
 * decision's unique key lets each reminder be decided once.
 */
@Stateless
@PermitAll
public class ReminderRound {

  private static final Logger LOG = Logger.getLogger(ReminderRound.class.getName());

  /** Every active tenant's reminder settings, the defaults where it saved none. */
  private static final String TENANTS =
      """
      select t.id, coalesce(s.reminders_enabled, ?1), coalesce(s.reminder_day, ?2),
             coalesce(s.reminder_hour, ?3), coalesce(s.time_zone, ?4)
        from tenant t left join tenant_settings s on s.tenant_id = t.id
       where t.status = 'ACTIVE'
       order by t.id
      """;

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private ReminderDecisions decisions;
  @Inject private ReminderMail mail;

  /** How many reminders this round decided (each mailed once its tenant's decision committed). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int run(Instant now) {
    mail.retryFailed();
    int decided = 0;
    for (Object[] row : tenants()) {
      long tenantId = ((Number) row[0]).longValue();
      ReminderSettings settings =
          new ReminderSettings(
              (Boolean) row[1], (String) row[2], ((Number) row[3]).intValue(), (String) row[4]);
      Optional<IsoWeek> due = new ReminderTime(settings).dueWeek(now);
      if (due.isPresent()) {
        decided += decideFor(tenantId, due.get());
      }
    }
    return decided;
  }

  private int decideFor(long tenantId, IsoWeek week) {
    try {
      return decisions.decide(tenantId, week).size();
    } catch (RuntimeException e) {
      // One tenant's failure must not keep the others' reminders back; the next round tries again.
      LOG.log(Level.WARNING, "Reminders of tenant " + tenantId + " not decided now", e);
      return 0;
    }
  }

  private List<Object[]> tenants() {
    ReminderSettings defaults = ReminderSettings.defaults();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(TENANTS)
            // Across tenants on purpose: the timer has no tenant of its own.
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, defaults.enabled())
            .setParameter(2, defaults.day())
            .setParameter(3, defaults.hour())
            .setParameter(4, defaults.timeZone())
            .getResultList();
    return rows;
  }
}
