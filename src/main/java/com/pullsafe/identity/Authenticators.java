package com.pullsafe.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The accounts' authenticators and recovery codes, for the services that decide who may use them
 * ({@link TwoFactorService} for the account's owner and the tenant admin, {@link
 * SecondFactorSignIn} for the sign-in). Runs in their transactions; holds no access rules.
 */
@Dependent
class Authenticators {

  /** 160 bits, the HMAC-SHA1 key length RFC 4226 recommends. */
  static final int SECRET_BYTES = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private TotpSecretBox box;
  @Inject private Clock clock;
  @Inject private TwoFactorPolicy policy;
  @Inject private Event<TwoFactorEvent> events;

  Optional<KnownAccount> account(long accountId) {
    return Optional.ofNullable(em.find(UserAccount.class, accountId)).map(KnownAccount::of);
  }

  Optional<KnownAccount> account(String email) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", UserAccount.normalizeEmail(email))
        .getResultStream()
        .findFirst()
        .map(KnownAccount::of);
  }

  /** Platform admins always; coaches and tenant admins when their tenant says so. */
  boolean required(KnownAccount account) {
    return switch (account.role()) {
      case PLATFORM_ADMIN -> true;
      case TENANT_ADMIN, COACH -> policy.requiredOfStaff(account.tenantId());
      case ATHLETE -> false;
    };
  }

  Optional<TotpEnrolment> find(long accountId) {
    return find(accountId, LockModeType.NONE);
  }

  /** The account's enrolment, locked until the transaction ends: one code check at a time. */
  private Optional<TotpEnrolment> find(long accountId, LockModeType lock) {
    return em.createNamedQuery("TotpEnrolment.findByAccount", TotpEnrolment.class)
        .setParameter("accountId", accountId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  boolean isEnrolled(long accountId) {
    return find(accountId).map(TotpEnrolment::isConfirmed).orElse(false);
  }

  /**
   * A new secret for the account, replacing one set up but never confirmed.
   *
   * @throws IllegalStateException if the account has a confirmed authenticator
   */
  TotpSetup begin(KnownAccount account) {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    String sealed = box.seal(secret, account.id());
    find(account.id(), LockModeType.PESSIMISTIC_WRITE)
        .ifPresentOrElse(
            existing -> existing.replaceSecret(sealed, clock.instant()),
            () -> em.persist(new TotpEnrolment(account.id(), sealed, clock.instant())));
    try {
      return TotpSetup.of(secret, account.email());
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /** The setup in progress, shown again (e.g. after a wrong first code); empty if none. */
  Optional<TotpSetup> pending(KnownAccount account) {
    return find(account.id())
        .filter(enrolment -> !enrolment.isConfirmed())
        .map(enrolment -> TotpSetup.of(secret(enrolment), account.email()));
  }

  /**
   * Confirms the set-up with its first code; the answer is the new recovery codes, to be shown
   * once. Empty if the code is wrong or nothing is being set up.
   */
  Optional<List<String>> confirm(KnownAccount account, String code) {
    Optional<TotpEnrolment> enrolment = find(account.id(), LockModeType.PESSIMISTIC_WRITE);
    if (enrolment.isEmpty()
        || enrolment.get().isConfirmed()
        || !enrolment.get().accept(secret(enrolment.get()), code, clock.instant())) {
      return Optional.empty();
    }
    List<String> codes = replaceRecoveryCodes(account.id());
    events.fire(new TwoFactorEvent(TwoFactorEvent.Kind.ENROLLED, account, account.email()));
    return Optional.of(codes);
  }

  /** Whether {@code code} is the authenticator's, current and not used before; uses it if so. */
  boolean acceptCode(long accountId, String code) {
    Optional<TotpEnrolment> enrolment = find(accountId, LockModeType.PESSIMISTIC_WRITE);
    return enrolment.isPresent()
        && enrolment.get().isConfirmed()
        && enrolment.get().accept(secret(enrolment.get()), code, clock.instant());
  }

  /** Whether {@code typed} is one of the account's unused recovery codes; uses it up if so. */
  boolean useRecoveryCode(KnownAccount account, String typed) {
    String normalized = RecoveryCodes.normalize(typed);
    if (normalized == null || !isEnrolled(account.id())) {
      return false;
    }
    Optional<RecoveryCode> code =
        em.createNamedQuery("RecoveryCode.findUnused", RecoveryCode.class)
            .setParameter("accountId", account.id())
            .setParameter("hash", RecoveryCodes.hash(normalized))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    code.ifPresent(
        used -> {
          used.use(clock.instant());
          events.fire(
              new TwoFactorEvent(TwoFactorEvent.Kind.RECOVERY_CODE_USED, account, account.email()));
        });
    return code.isPresent();
  }

  List<String> enrolledEmails(long tenantId) {
    return em.createNamedQuery("TotpEnrolment.enrolledEmailsOfTenant", String.class)
        .setParameter("tenantId", tenantId)
        .getResultList();
  }

  long unusedRecoveryCodes(long accountId) {
    return em.createNamedQuery("RecoveryCode.countUnused", Long.class)
        .setParameter("accountId", accountId)
        .getSingleResult();
  }

  /** New recovery codes in place of all earlier ones; shown once, stored hashed. */
  List<String> replaceRecoveryCodes(long accountId) {
    em.createNamedQuery("RecoveryCode.deleteByAccount")
        .setParameter("accountId", accountId)
        .executeUpdate();
    List<String> codes = RecoveryCodes.generate();
    for (String code : codes) {
      em.persist(new RecoveryCode(accountId, RecoveryCodes.hash(RecoveryCodes.normalize(code))));
    }
    return codes;
  }

  /** Removes the authenticator and the recovery codes; reports it if there was one. */
  void remove(KnownAccount account, TwoFactorEvent.Kind why, String actor) {
    boolean wasEnrolled = isEnrolled(account.id());
    em.createNamedQuery("TotpEnrolment.deleteByAccount")
        .setParameter("accountId", account.id())
        .executeUpdate();
    em.createNamedQuery("RecoveryCode.deleteByAccount")
        .setParameter("accountId", account.id())
        .executeUpdate();
    if (wasEnrolled) {
      events.fire(new TwoFactorEvent(why, account, actor));
    }
  }

  private byte[] secret(TotpEnrolment enrolment) {
    return box.open(enrolment.getSealedSecret(), enrolment.getAccountId());
  }
}
