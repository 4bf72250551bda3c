package com.pullsafe.tenancy;

import com.pullsafe.identity.Role;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.Coach;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Test-only EJB that works on the persistence unit directly, the way any service does: through the
 * default {@link TenantInterceptor}. Deployed only with {@link TenantIsolationIT}.
 */
@Stateless
public class IsolationProbe {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  public long createTenantWithAccounts(String slug) {
    Tenant tenant = new Tenant(slug, "Tenant " + slug);
    em.persist(tenant);
    em.persist(
        new UserAccount(tenant, "coach@" + slug + ".test", "Coach " + slug, "x", Role.COACH));
    for (int i = 1; i <= 2; i++) {
      em.persist(
          new UserAccount(
              tenant,
              "athlete" + i + "@" + slug + ".test",
              "Athlete " + i + " " + slug,
              "x",
              Role.ATHLETE));
    }
    em.flush();
    return tenant.getId();
  }

  /** Under the tenant's context: a coach and two athletes. Returns the athletes' ids. */
  public List<Long> createRoster(String slug) {
    Coach coach = new Coach(account("coach@" + slug + ".test"));
    em.persist(coach);
    Athlete first = new Athlete(account("athlete1@" + slug + ".test"), coach);
    Athlete second = new Athlete(account("athlete2@" + slug + ".test"), coach);
    em.persist(first);
    em.persist(second);
    em.flush();
    return List.of(first.getId(), second.getId());
  }

  public List<Athlete> allAthletes() {
    return em.createQuery("select a from Athlete a", Athlete.class).getResultList();
  }

  public Athlete findAthlete(long id) {
    return em.find(Athlete.class, id);
  }

  public long countAthletes() {
    return em.createQuery("select count(a) from Athlete a", Long.class).getSingleResult();
  }

  public List<Athlete> athletesOfCoachNamed(String coachName) {
    return em.createQuery(
            "select a from Athlete a join a.coach c where c.displayName = :name", Athlete.class)
        .setParameter("name", coachName)
        .getResultList();
  }

  public List<String> coachNamesOfAthletes() {
    return em.createQuery("select c.displayName from Athlete a join a.coach c", String.class)
        .getResultList();
  }

  private UserAccount account(String email) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", email)
        .getSingleResult();
  }
}
