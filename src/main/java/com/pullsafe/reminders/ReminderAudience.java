package com.pullsafe.reminders;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.roster.Athlete;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;

/**
 * Who is to be reminded, read in the caller's transaction under the athlete's tenant: the same
 * conditions the decision applies, checked again just before a mail leaves.
 */
@ApplicationScoped
public class ReminderAudience {

  private static final String OPTED_OUT =
      "select count(*) from reminder_opt_out where tenant_id = ?1 and athlete_id = ?2";

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  boolean stillDue(Athlete athlete, IsoWeek week) {
    return !athlete.isArchived()
        && athlete.getAccount().isActive()
        && !reported(athlete.getId(), week)
        && !optedOut(athlete);
  }

  private boolean reported(long athleteId, IsoWeek week) {
    return em.createQuery(
                "select count(r) from WeeklyReport r"
                    + " where r.athlete.id = :athleteId and r.week = :week",
                Long.class)
            .setParameter("athleteId", athleteId)
            .setParameter("week", week)
            .getSingleResult()
        > 0;
  }

  boolean optedOut(Athlete athlete) {
    return ((Number)
                em.createNativeQuery(OPTED_OUT)
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, athlete.getAccount().getTenant().getId())
                    .setParameter(2, athlete.getId())
                    .getSingleResult())
            .longValue()
        > 0;
  }
}
