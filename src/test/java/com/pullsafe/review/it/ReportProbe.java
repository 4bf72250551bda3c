package com.pullsafe.review.it;

import com.pullsafe.alerts.MailStatus;
import com.pullsafe.identity.Role;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportRecorder;
import com.pullsafe.reports.ReportView;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.Coach;
import com.pullsafe.tenancy.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Test-only EJB: sets up athletes and stores reports the way the submission service does, at a
 * chosen time. Called under {@code TenantContext.runAs}.
 */
@Stateless
public class ReportProbe {

  static final String OTHER_SLUG = "other-it";
  static final String OTHER_ADMIN = "admin@other-it.test";

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private ReportRecorder recorder;

  public long demoTenant() {
    return tenant("demo").getId();
  }

  /** The second tenant with its admin and a coach; created once. */
  public long otherTenant() {
    Tenant other =
        em.createNamedQuery("Tenant.findBySlug", Tenant.class)
            .setParameter("slug", OTHER_SLUG)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (other == null) {
      other = new Tenant(OTHER_SLUG, "Other IT tenant");
      em.persist(other);
      em.persist(new UserAccount(other, OTHER_ADMIN, "Other admin", "x", Role.TENANT_ADMIN));
      em.flush();
    }
    return other.getId();
  }

  /** Under the tenant: a new athlete of the coach with this e-mail (null: no coach). */
  public long newAthlete(String coachEmail) {
    Tenant tenant =
        em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
            .setParameter("email", coachEmail == null ? "admin@demo.test" : coachEmail)
            .getSingleResult()
            .getTenant();
    String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
    UserAccount account =
        new UserAccount(tenant, name + "@it.test", "Athlete " + name, "x", Role.ATHLETE);
    em.persist(account);
    Coach coach =
        coachEmail == null
            ? null
            : em.createNamedQuery("Coach.findByAccountEmail", Coach.class)
                .setParameter("email", coachEmail)
                .getSingleResult();
    Athlete athlete = new Athlete(account, coach);
    em.persist(athlete);
    em.flush();
    return athlete.getId();
  }

  /** Under the tenant of {@code adminEmail}: one more tenant admin with this e-mail, once. */
  public long tenantAdmin(String adminEmail, String email) {
    Tenant tenant = accountOf(adminEmail).getTenant();
    UserAccount admin =
        em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
            .setParameter("email", email)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (admin == null) {
      admin = new UserAccount(tenant, email, "Second admin", "x", Role.TENANT_ADMIN);
      em.persist(admin);
      em.flush();
    }
    return admin.getId();
  }

  /** Under the tenant of {@code adminEmail}: a new athlete who has no coach. */
  public long newAthleteWithoutCoach(String adminEmail) {
    Tenant tenant = accountOf(adminEmail).getTenant();
    String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
    UserAccount account =
        new UserAccount(tenant, name + "@it.test", "Athlete " + name, "x", Role.ATHLETE);
    em.persist(account);
    Athlete athlete = new Athlete(account, null);
    em.persist(athlete);
    em.flush();
    return athlete.getId();
  }

  /** Under the tenant: the e-mails of everyone notified about a report, sorted. */
  public List<String> notified(long reportId) {
    return em.createQuery(
            "select n.recipient.email from Notification n where n.reportId = :reportId"
                + " order by n.recipient.email",
            String.class)
        .setParameter("reportId", reportId)
        .getResultList();
  }

  /** Under the tenant: the mail status and attempts of the notifications about a report. */
  public List<String> mailOutcomes(long reportId) {
    return em.createQuery(
            "select n.mailStatus, n.mailAttempts from Notification n where n.reportId = :reportId"
                + " order by n.id",
            Object[].class)
        .setParameter("reportId", reportId)
        .getResultStream()
        .map(row -> row[0] + " after " + row[1])
        .toList();
  }

  /**
   * Under the tenant: the notifications about a report failed their first mail ten minutes ago, as
   * the retry timer finds them.
   */
  public int failedTenMinutesAgo(long reportId) {
    return em.createQuery(
            "update Notification n set n.mailStatus = :failed, n.mailAttempts = 1,"
                + " n.createdAt = :at where n.reportId = :reportId")
        .setParameter("failed", MailStatus.FAILED)
        .setParameter("at", Instant.now().minus(Duration.ofMinutes(10)))
        .setParameter("reportId", reportId)
        .executeUpdate();
  }

  public ReportView record(long athleteId, NewReport report, Instant at) {
    return recorder.record(em.find(Athlete.class, athleteId), report, at);
  }

  private UserAccount accountOf(String email) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", email)
        .getSingleResult();
  }

  private Tenant tenant(String slug) {
    return em.createNamedQuery("Tenant.findBySlug", Tenant.class)
        .setParameter("slug", slug)
        .getSingleResult();
  }
}
