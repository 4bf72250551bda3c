package com.pullsafe.identity;

import com.pullsafe.platform.FieldChecks;
import com.pullsafe.platform.NotFound;
import com.pullsafe.tenancy.Tenant;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Accounts: sign-in checks, creation and the caller's own profile. Accounts are installation-wide;
 * the tenant-scoped views of people live in the roster.
 */
@Stateless
public class Accounts {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Resource private SessionContext session;

  /** The caller's own profile. */
  @RolesAllowed({
    Role.PLATFORM_ADMIN_NAME,
    Role.TENANT_ADMIN_NAME,
    Role.COACH_NAME,
    Role.ATHLETE_NAME
  })
  public MeView me() {
    UserAccount user =
        findByEmail(session.getCallerPrincipal().getName())
            .orElseThrow(() -> new NotFound("Account"));
    Tenant tenant = user.getTenant();
    return new MeView(
        user.getId(),
        user.getEmail(),
        user.getDisplayName(),
        user.getRole(),
        tenant == null ? null : new MeView.TenantRef(tenant.getSlug(), tenant.getName()));
  }

  /** Who signs in with these credentials, if anyone may: a suspended tenant's users may not. */
  @PermitAll
  public Optional<SignedInUser> verify(String email, String password) {
    return Optional.ofNullable(check(email, password).user());
  }

  /**
   * Checks e-mail and password; with the right password, a user of a suspended tenant learns that
   * the tenant is suspended rather than that the password is wrong.
   */
  @PermitAll
  public CredentialCheck check(String email, String password) {
    Optional<UserAccount> account = findByEmail(email);
    if (account.isEmpty()) {
      hasher.verifyDecoy(password);
      return CredentialCheck.invalid();
    }
    UserAccount user = account.get();
    if (!hasher.verify(password, user.getPasswordHash())) {
      return CredentialCheck.invalid();
    }
    if (user.getTenant() != null && !user.getTenant().isActive()) {
      return CredentialCheck.suspended();
    }
    return CredentialCheck.valid(new SignedInUser(user.getEmail(), user.getRole()));
  }

  @PermitAll
  public Optional<UserAccount> findByEmail(String email) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", UserAccount.normalizeEmail(email))
        .getResultStream()
        .findFirst();
  }

  @PermitAll
  public boolean emailTaken(String email) {
    return findByEmail(email).isPresent();
  }

  /** Creates an account; callers have checked the caller's right to create this role. */
  @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
  public UserAccount create(
      Tenant tenant, String email, String displayName, String password, Role role) {
    return persist(tenant, email, displayName, password, role);
  }

  /**
   * The bootstrap: a platform admin, only while the installation has none, and only with a password
   * that {@link PasswordPolicy} accepts (else {@link com.pullsafe.platform.InvalidInput} on {@code
   * password}).
   */
  @PermitAll
  public boolean createFirstPlatformAdmin(String email, String password) {
    long admins =
        em.createNamedQuery("UserAccount.countByRole", Long.class)
            .setParameter("role", Role.PLATFORM_ADMIN)
            .getSingleResult();
    if (admins > 0) {
      return false;
    }
    PasswordPolicy.standard().check(new FieldChecks(), "password", password, email).orThrow();
    persist(null, email, "Platform admin", password, Role.PLATFORM_ADMIN);
    return true;
  }

  UserAccount persist(Tenant tenant, String email, String displayName, String password, Role role) {
    UserAccount account = new UserAccount(tenant, email, displayName, hasher.hash(password), role);
    em.persist(account);
    em.flush();
    return account;
  }
}
