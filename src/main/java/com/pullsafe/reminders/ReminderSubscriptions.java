package com.pullsafe.reminders;

import com.pullsafe.identity.Role;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.AthleteAccess;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

/**
 * Whether an athlete gets reminders: stopped at once by the link in any reminder (no sign-in, the
 * link's secret is the proof), and turned off or on again by the athlete on their profile.
 */
@Stateless
public class ReminderSubscriptions {

  private static final String BY_SECRET =
      "select tenant_id, athlete_id from reminder_sent where unsubscribe_hash = ?1";
  private static final String OPT_OUT =
      "insert into reminder_opt_out (tenant_id, athlete_id) values (?1, ?2)"
          + " on conflict (tenant_id, athlete_id) do nothing";
  private static final String OPT_IN =
      "delete from reminder_opt_out where tenant_id = ?1 and athlete_id = ?2";

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AthleteAccess access;
  @Inject private ReminderAudience audience;

  /**
   * Stops the reminders of the athlete whose reminder carried {@code secret}; false when no
   * reminder did. Stopping twice is the same as once.
   */
  @PermitAll
  public boolean unsubscribe(String secret) {
    if (!UnsubscribeSecret.looksLikeOne(secret)) {
      return false;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(BY_SECRET)
            // No caller and so no tenant yet: the secret names the reminder, and with it both.
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, UnsubscribeSecret.hash(secret))
            .getResultList();
    if (found.isEmpty()) {
      return false;
    }
    Object[] row = found.get(0);
    change(OPT_OUT, ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    return true;
  }

  /** Whether the signed-in athlete gets reminders. */
  @RolesAllowed(Role.ATHLETE_NAME)
  public boolean subscribed() {
    return !audience.optedOut(access.callerAthlete());
  }

  /** Turns the signed-in athlete's reminders on or off. */
  @RolesAllowed(Role.ATHLETE_NAME)
  public boolean subscribe(boolean wanted) {
    Athlete athlete = access.callerAthlete();
    change(wanted ? OPT_IN : OPT_OUT, athlete.getAccount().getTenant().getId(), athlete.getId());
    return wanted;
  }

  private void change(String statement, long tenantId, long athleteId) {
    em.createNativeQuery(statement)
        // The tenant is bound in the statement itself.
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenantId)
        .setParameter(2, athleteId)
        .executeUpdate();
  }
}
