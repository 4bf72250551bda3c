package com.pullsafe.settings.it;

import com.pullsafe.identity.Role;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportRecorder;
import com.pullsafe.reports.ReportView;
import com.pullsafe.roster.Athlete;
import com.pullsafe.tenancy.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;

/**
 * Test-only EJB: a tenant of its own whose settings the test may change, its athletes, and reports
 * stored the way the submission service stores them. Called under {@code TenantContext.runAs}.
 */
@Stateless
public class TriageTenantProbe {

  static final String SLUG = "settings-it";
  static final String ADMIN = "admin@settings-it.test";

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private ReportRecorder recorder;

  /** The tenant with its admin; created once. */
  public long tenant() {
    Tenant tenant =
        em.createNamedQuery("Tenant.findBySlug", Tenant.class)
            .setParameter("slug", SLUG)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (tenant == null) {
      tenant = new Tenant(SLUG, "Settings IT tenant");
      em.persist(tenant);
      em.persist(new UserAccount(tenant, ADMIN, "Settings admin", "x", Role.TENANT_ADMIN));
      em.flush();
    }
    return tenant.getId();
  }

  /** Under the tenant: a new athlete without a coach. */
  public long newAthlete() {
    Tenant tenant = em.find(Tenant.class, tenant());
    String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
    UserAccount account =
        new UserAccount(tenant, name + "@settings-it.test", "Athlete " + name, "x", Role.ATHLETE);
    em.persist(account);
    Athlete athlete = new Athlete(account, null);
    em.persist(athlete);
    em.flush();
    return athlete.getId();
  }

  public ReportView record(long athleteId, NewReport report, Instant at) {
    return recorder.record(em.find(Athlete.class, athleteId), report, at);
  }
}
