package com.pullsafe.platform;

import com.pullsafe.identity.PasswordHasher;
import com.pullsafe.identity.Role;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.Coach;
import com.pullsafe.tenancy.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Writes the demo tenant's rows, one transaction per step (see {@link DemoData}). */
@Stateless
public class DemoDataWriter {

  static final String SLUG = "demo";
  static final List<String> COACHES = List.of("coach.ana@demo.test|Ana Costa", "coach.ben@demo.test|Ben Okafor");
  static final List<String> ATHLETES =
      List.of(
          "mia@demo.test|Mia Keller",
          "noah@demo.test|Noah Berg",
          "lea@demo.test|Lea Novak",
          "omar@demo.test|Omar Haddad",
          "sara@demo.test|Sara Lind",
          "tom@demo.test|Tom Reyes");

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private PasswordHasher hasher;

  public boolean demoTenantExists() {
    return !em.createNamedQuery("Tenant.findBySlug", Tenant.class)
        .setParameter("slug", SLUG)
        .getResultList()
        .isEmpty();
  }

  public long createTenantAndAccounts() {
    Tenant tenant = new Tenant(SLUG, "Demo Strength Club");
    em.persist(tenant);
    String hash = hasher.hash(DemoData.PASSWORD);
    em.persist(new UserAccount(tenant, "admin@demo.test", "Dana Admin", hash, Role.TENANT_ADMIN));
    for (String coach : COACHES) {
      em.persist(new UserAccount(tenant, email(coach), name(coach), hash, Role.COACH));
    }
    for (String athlete : ATHLETES) {
      em.persist(new UserAccount(tenant, email(athlete), name(athlete), hash, Role.ATHLETE));
    }
    em.flush();
    return tenant.getId();
  }

  /** Runs under the demo tenant: coaches, and three athletes for each. */
  public Void createRoster(long tenantId) {
    List<Coach> coaches = COACHES.stream().map(c -> new Coach(account(email(c)))).toList();
    coaches.forEach(em::persist);
    for (int i = 0; i < ATHLETES.size(); i++) {
      em.persist(new Athlete(account(email(ATHLETES.get(i))), coaches.get(i / 3)));
    }
    return null;
  }

  private UserAccount account(String email) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", email)
        .getSingleResult();
  }

  private static String email(String entry) {
    return entry.substring(0, entry.indexOf('|'));
  }

  private static String name(String entry) {
    return entry.substring(entry.indexOf('|') + 1);
  }
}
