package com.pullsafe.identity;

import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.NotFound;
import com.pullsafe.shared.Persisting;
import com.pullsafe.tenancy.Tenant;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/**
 * Accounts: sign-in checks, creation and the caller's own profile. Accounts are installation-wide;
 * the tenant-scoped views of people live in the roster.
 */
@Stateless
public class AccountService {

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

  /** The language the caller chose for pages and mails; empty: the browser's choice. */
  @RolesAllowed({
    Role.PLATFORM_ADMIN_NAME,
    Role.TENANT_ADMIN_NAME,
    Role.COACH_NAME,
    Role.ATHLETE_NAME
  })
  public Optional<Locale> myLanguage() {
    return caller().getLanguage();
  }

  /** Chooses the caller's language (a supported one), or none for the browser's choice. */
  @RolesAllowed({
    Role.PLATFORM_ADMIN_NAME,
    Role.TENANT_ADMIN_NAME,
    Role.COACH_NAME,
    Role.ATHLETE_NAME
  })
  public void chooseLanguage(Locale language) {
    caller().setLanguage(language);
  }

  private UserAccount caller() {
    return findByEmail(session.getCallerPrincipal().getName())
        .orElseThrow(() -> new NotFound("Account"));
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
    return checkPassword(email, password).toCredentialCheck();
  }

  /**
   * Checks e-mail and password, saying why a sign-in fails. Every path spends one password hash, so
   * the time taken reveals neither whether the login exists nor whether it may sign in. A login no
   * account can have is not looked up at all.
   */
  @PermitAll
  public PasswordCheck checkPassword(String email, String password) {
    Optional<UserAccount> account =
        SignInInput.isPlausible(email, password) ? findByEmail(email) : Optional.empty();
    if (account.isEmpty()) {
      hasher.verifyDecoy(password);
      return new PasswordCheck(PasswordCheck.Outcome.UNKNOWN_LOGIN, null);
    }
    UserAccount user = account.get();
    KnownAccount known = KnownAccount.of(user);
    if (!hasher.verify(password, user.getPasswordHash())) {
      return new PasswordCheck(PasswordCheck.Outcome.WRONG_PASSWORD, known);
    }
    if (!user.isActive()) {
      return new PasswordCheck(PasswordCheck.Outcome.ACCOUNT_INACTIVE, known);
    }
    if (user.getTenant() != null && !user.getTenant().isActive()) {
      return new PasswordCheck(PasswordCheck.Outcome.TENANT_SUSPENDED, known);
    }
    return new PasswordCheck(PasswordCheck.Outcome.VALID, known);
  }

  /** The account a login names, if any; for sign-in events that have not looked it up. */
  @PermitAll
  public Optional<KnownAccount> known(String email) {
    return SignInInput.isPlausibleLogin(email)
        ? findByEmail(email).map(KnownAccount::of)
        : Optional.empty();
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
   * Creates the account of an invited person, without a password: nobody can sign in with it until
   * its person sets one through the invitation's link ({@link PasswordLinks}).
   */
  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
  public UserAccount createInvited(Tenant tenant, String email, String displayName, Role role) {
    UserAccount account =
        new UserAccount(tenant, email, displayName, PasswordHasher.NO_PASSWORD, role);
    em.persist(account);
    flushOrEmailUnavailable();
    return account;
  }

  /**
   * The bootstrap: a platform admin, only while the installation has none, and only with a password
   * that {@link PasswordPolicy} accepts (else {@link com.pullsafe.shared.InvalidInput} on {@code
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
    PasswordPolicy.standard()
        .problem(password, email)
        .ifPresent(
            reason -> {
              throw InvalidInput.of("password", reason);
            });
    persist(null, email, "Platform admin", password, Role.PLATFORM_ADMIN);
    return true;
  }

  UserAccount persist(Tenant tenant, String email, String displayName, String password, Role role) {
    UserAccount account = new UserAccount(tenant, email, displayName, hasher.hash(password), role);
    em.persist(account);
    flushOrEmailUnavailable();
    return account;
  }

  /**
   * Callers check that the address is free first; two requests with the same address at once both
   * pass that check, and the database's unique key refuses the second: the same 409 as the check.
   */
  private void flushOrEmailUnavailable() {
    Persisting.flushOrConflict(em, () -> new EmailUnavailable("email"));
  }
}
