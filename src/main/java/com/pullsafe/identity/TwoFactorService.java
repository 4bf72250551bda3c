package com.pullsafe.identity;

import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.NotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;

/**
 * A user's own two-factor sign-in: set up an authenticator (confirmed by a first code, which yields
 * the recovery codes), new recovery codes, turning it off where it is not required; and a tenant
 * admin's reset of a coach's or athlete's authenticator, for a lost phone. Every change is audited.
 * Codes typed here are throttled like those of the sign-in.
 */
@Stateless
@RolesAllowed({
  Role.PLATFORM_ADMIN_NAME,
  Role.TENANT_ADMIN_NAME,
  Role.COACH_NAME,
  Role.ATHLETE_NAME
})
public class TwoFactorService {

  /** The field a code is typed into, for errors next to it. */
  public static final String CODE_FIELD = "code";

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.identity.IdentityMessages", TwoFactorService.class);

  @Inject private Authenticators authenticators;
  @Inject private SecondFactorThrottle throttle;
  @Inject private SecurityEvents events;
  @Resource private SessionContext session;

  public TwoFactorStatus status() {
    KnownAccount me = caller();
    return new TwoFactorStatus(
        authenticators
            .find(me.id())
            .filter(TotpEnrolment::isConfirmed)
            .map(TotpEnrolment::getConfirmedAt)
            .orElse(null),
        authenticators.unusedRecoveryCodes(me.id()),
        authenticators.required(me));
  }

  /** A new secret to set up, replacing one not yet confirmed. */
  public TotpSetup beginSetup() {
    KnownAccount me = caller();
    if (authenticators.isEnrolled(me.id())) {
      throw InvalidInput.of(CODE_FIELD, TEXTS.text("totp.alreadyEnrolled"));
    }
    return authenticators.begin(me);
  }

  /** Confirms the set-up with the app's first code; returns the recovery codes, shown once. */
  public List<String> confirmSetup(String code) {
    KnownAccount me = caller();
    checkThrottle(me);
    return authenticators.confirm(me, code).orElseThrow(() -> refused(me, "totp.codeWrong"));
  }

  /** New recovery codes in place of the old ones, after a current code. */
  public List<String> newRecoveryCodes(String code) {
    KnownAccount me = caller();
    requireCurrentCode(me, code);
    return authenticators.replaceRecoveryCodes(me.id());
  }

  /** Turns the caller's two-factor sign-in off, after a current code; not where it is required. */
  public void disable(String code) {
    KnownAccount me = caller();
    if (authenticators.required(me)) {
      throw InvalidInput.of(CODE_FIELD, TEXTS.text("totp.required"));
    }
    requireCurrentCode(me, code);
    authenticators.remove(me, TwoFactorEvent.Kind.DISABLED, me.email());
  }

  /**
   * A tenant admin removes the authenticator of an account of the tenant (a lost phone); its owner
   * signs in with the password alone, or sets up a new one at sign-in where it is required. Another
   * tenant's account answers {@link NotFound}.
   */
  @RolesAllowed(Role.TENANT_ADMIN_NAME)
  public void resetFor(String email) {
    KnownAccount admin = caller();
    KnownAccount account =
        authenticators
            .account(email)
            .filter(other -> Objects.equals(other.tenantId(), admin.tenantId()))
            .orElseThrow(() -> new NotFound("Account"));
    authenticators.remove(account, TwoFactorEvent.Kind.RESET, admin.email());
  }

  /** The e-mails of the tenant's accounts that sign in with an authenticator (one query). */
  @RolesAllowed(Role.TENANT_ADMIN_NAME)
  public Set<String> enrolledOfTenant() {
    return Set.copyOf(authenticators.enrolledEmails(caller().tenantId()));
  }

  private void requireCurrentCode(KnownAccount me, String code) {
    checkThrottle(me);
    if (!authenticators.acceptCode(me.id(), code)) {
      throw refused(me, "totp.codeWrong");
    }
  }

  private void checkThrottle(KnownAccount me) {
    LoginThrottle.Attempt attempt = throttle.begin(me.id(), "profile");
    attempt
        .refusal()
        .ifPresent(
            refusal -> {
              throw InvalidInput.of(
                  CODE_FIELD, TEXTS.text("totp.throttled", refusal.retryAfterSeconds()));
            });
    // Only asks whether a code may be tried now; a wrong one is counted by refused().
    attempt.abandoned();
  }

  private InvalidInput refused(KnownAccount me, String key) {
    throttle.begin(me.id(), "profile").failed();
    events.secondFactor(Level.WARNING, "account.second-factor.failed", me, null);
    return InvalidInput.of(CODE_FIELD, TEXTS.text(key));
  }

  private KnownAccount caller() {
    return authenticators
        .account(session.getCallerPrincipal().getName())
        .orElseThrow(() -> new NotFound("Account"));
  }
}
