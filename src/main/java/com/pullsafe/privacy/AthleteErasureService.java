package com.pullsafe.privacy;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditTrail;
import com.pullsafe.identity.Role;
import com.pullsafe.privacy.AthleteSections.Id;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.AthleteAccess;
import com.pullsafe.shared.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;

/**
 * The right to erasure (GDPR art. 17), by the tenant admin for one athlete of the tenant (another
 * tenant's athlete is {@link NotFound}). In one transaction:
 *
 * <ul>
 *   <li>the athlete's reports are counted into {@code erased_report_count} (tenant, ISO week,
 *       level: nothing that points to a person), then deleted with everything hanging off them:
 *       versions, triage results with findings and suggestions, reviews (with the coach's notes to
 *       the athlete), notifications, assignments and clearances (with their notes);
 *   <li>the athlete's and account's names become "Erased athlete #id", the e-mail address a
 *       placeholder under the reserved domain {@code .invalid}, the password hash one that no
 *       password matches, the account inactive, its tokens, password links, authenticator and
 *       recovery codes deleted;
 *   <li>audit entries about the athlete keep what was done and when, but lose the name, the text
 *       and the athlete as actor;
 *   <li>the erasure is audited, naming only the placeholder and the number of reports counted.
 * </ul>
 *
 * Deleting the reports (rather than keeping them without a name) is what "clinical history kept
 * only as anonymous counts" asks: a report's answers, dates and notes can identify a person even
 * without a name. The athlete's row stays (anonymised) so that ids in the audit trail still point
 * to something and the roster's counts stay right.
 */
@Stateless
@RolesAllowed(Role.TENANT_ADMIN_NAME)
public class AthleteErasureService {

  static final String ERASED_NAME = "Erased athlete #";
  private static final String ERASED_PASSWORD_HASH = "erased";
  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";
  private static final String REPORTS =
      "(select id from weekly_report where tenant_id = ?1 and" + " athlete_id = ?2)";
  private static final String TRIAGES =
      "(select id from triage_result where tenant_id = ?1 and athlete_id = ?2)";

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AthleteAccess access;
  @Inject private AuditTrail audit;

  /** What the erasure did. */
  public record Erasure(long athleteId, String placeholder, int reportsCounted) {}

  public Erasure erase(long athleteId) {
    // Locked as a report submission locks it, so that no report slips in behind the deletes.
    Athlete athlete = access.lockedVisibleAthlete(athleteId);
    long tenant = athlete.getTenantId();
    long account = athlete.getAccount().getId();
    String placeholder = ERASED_NAME + athleteId;
    em.flush();

    int reports =
        count(
            "select count(*) from weekly_report where tenant_id = ?1 and athlete_id = ?2",
            tenant,
            athleteId);
    update(
        "insert into erased_report_count (tenant_id, week, level, reports) select tenant_id,"
            + " week, level, count(*) from weekly_report where tenant_id = ?1 and athlete_id = ?2"
            + " group by tenant_id, week, level on conflict (tenant_id, week, level) do update"
            + " set reports = erased_report_count.reports + excluded.reports",
        tenant,
        athleteId);
    anonymiseAuditEntries(tenant, athleteId, account, placeholder);
    update("delete from triage_finding where triage_result_id in " + TRIAGES, tenant, athleteId);
    update("delete from triage_suggestion where triage_result_id in " + TRIAGES, tenant, athleteId);
    update(
        "delete from report_version where tenant_id = ?1 and report_id in " + REPORTS,
        tenant,
        athleteId);
    update(
        "delete from notification where tenant_id = ?1 and report_id in " + REPORTS,
        tenant,
        athleteId);
    update(
        "delete from review where tenant_id = ?1 and report_id in " + REPORTS, tenant, athleteId);
    update("delete from assignment where tenant_id = ?1 and athlete_id = ?2", tenant, athleteId);
    update("delete from clearance where tenant_id = ?1 and athlete_id = ?2", tenant, athleteId);
    update("delete from triage_result where tenant_id = ?1 and athlete_id = ?2", tenant, athleteId);
    update("delete from weekly_report where tenant_id = ?1 and athlete_id = ?2", tenant, athleteId);
    update("delete from reminder_sent where tenant_id = ?1 and athlete_id = ?2", tenant, athleteId);
    update(
        "delete from reminder_opt_out where tenant_id = ?1 and athlete_id = ?2", tenant, athleteId);
    update(
        "update athlete set display_name = ?3, coach_id = null, archived = true, status_level ="
            + " null, status_week = null where tenant_id = ?1 and id = ?2",
        tenant,
        athleteId,
        placeholder);
    for (String credentials :
        List.of("access_token", "password_link", "totp_enrolment", "recovery_code")) {
      update(
          "delete from "
              + credentials
              + " where account_id = ?2 and exists (select 1 from app_user"
              + " where tenant_id = ?1 and id = ?2)",
          tenant,
          account);
    }
    update(
        "update app_user set display_name = ?3, email = ?4, password_hash = ?5, active = false,"
            + " credentials_changed_at = now() where tenant_id = ?1 and id = ?2",
        tenant,
        account,
        placeholder,
        "erased-" + account + "@erased.invalid",
        ERASED_PASSWORD_HASH);

    // Native statements bypass EclipseLink's caches: drop what they may hold of the old rows.
    em.getEntityManagerFactory().getCache().evictAll();
    audit.record(
        AuditAction.ATHLETE_ERASED,
        "Athlete",
        athleteId,
        placeholder,
        "Personal data erased; reports kept only as anonymous counts: " + reports);
    return new Erasure(athleteId, placeholder, reports);
  }

  private void anonymiseAuditEntries(long tenant, long athlete, long account, String placeholder) {
    Map<Id, Long> ids = Map.of(Id.TENANT, tenant, Id.ATHLETE, athlete, Id.ACCOUNT, account);
    List<Id> parameters = AboutTheAthlete.AUDIT_PARAMETERS;
    String condition = AboutTheAthlete.AUDIT_CONDITION;
    String sql =
        "update audit_entry set subject = ?, detail = null, actor = case when actor = (select"
            + " email from app_user where tenant_id = ? and id = ?) then ? else actor end where "
            + condition;
    Query query = em.createNativeQuery(numbered(sql)).setHint(NATIVE, true);
    int position = 1;
    query.setParameter(position++, placeholder);
    query.setParameter(position++, tenant);
    query.setParameter(position++, account);
    query.setParameter(position++, placeholder);
    for (Id id : parameters) {
      query.setParameter(position++, ids.get(id));
    }
    query.executeUpdate();
  }

  /**
   * {@code ?} marks numbered {@code ?1, ?2, ...} in order, the form EclipseLink binds by number.
   */
  static String numbered(String sql) {
    StringBuilder numbered = new StringBuilder();
    int n = 0;
    for (char c : sql.toCharArray()) {
      numbered.append(c);
      if (c == '?') {
        numbered.append(++n);
      }
    }
    return numbered.toString();
  }

  /** Runs a statement whose {@code ?n} parameters are the values in order. */
  private int update(String sql, Object... values) {
    return query(sql, values).executeUpdate();
  }

  private int count(String sql, Object... values) {
    return ((Number) query(sql, values).getSingleResult()).intValue();
  }

  private Query query(String sql, Object... values) {
    Query query = em.createNativeQuery(sql).setHint(NATIVE, true);
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 1, values[i]);
    }
    return query;
  }
}
