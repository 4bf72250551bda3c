package com.pullsafe.reminders;

import com.pullsafe.identity.Role;
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.roster.AthleteAccess;
import com.pullsafe.settings.TenantSettingsStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;

/**
 * Who has not reported yet this week (the tenant's current ISO week, in its time zone): a coach
 * sees their own athletes, a tenant admin the whole tenant; archived athletes are left out. Paged
 * in the database, one statement per page and one for the count.
 */
@Stateless
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
public class NotReportedService {

  private static final String FROM =
      " from Athlete a join a.account acc left join a.coach c"
          + " where a.archived = false"
          + " and not exists (select r.id from WeeklyReport r"
          + " where r.athlete = a and r.week = :week)";
  private static final String OWN = " and c.id = :coachId";

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AthleteAccess access;
  @Inject private TenantSettingsStore settings;
  @Inject private Clock clock;

  /** The tenant's current ISO week, the one the list is about. */
  public IsoWeek currentWeek() {
    return ReminderTime.currentWeek(clock.instant(), settings.reminders().zone());
  }

  /** One page (from 0) of the athletes without a report this week, by name. */
  public List<NotReported> page(int page, int size) {
    return scoped(
            em.createQuery(
                "select new com.pullsafe.reminders.NotReported("
                    + "a.id, a.displayName, acc.email, c.id, a.statusWeek)"
                    + from()
                    + " order by a.displayName, a.id",
                NotReported.class))
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  /** How many athletes {@link #page} pages through. */
  public long count() {
    return scoped(em.createQuery("select count(a)" + from(), Long.class)).getSingleResult();
  }

  /** A tenant admin's list is the tenant's; a coach's their own athletes. */
  private String from() {
    return access.callerIsTenantAdmin() ? FROM : FROM + OWN;
  }

  private <T> TypedQuery<T> scoped(TypedQuery<T> query) {
    if (!access.callerIsTenantAdmin()) {
      query.setParameter("coachId", access.callerCoachId());
    }
    return query.setParameter("week", currentWeek());
  }
}
