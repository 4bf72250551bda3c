package com.pullsafe.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

/**
 * The second step of a page sign-in (README, "Two-factor sign-in"): after the password, an account
 * with an authenticator enters one of its codes or a recovery code; an account that must use one
 * but has none sets one up first. Wrong codes are throttled by account and address.
 *
 * <p>Only {@link PullSafeAuthenticationMechanism} and the sign-in pages call it, with the pending
 * sign-in the mechanism keeps in the session after the right password.
 */
@Stateless
@PermitAll
public class SecondFactorSignIn {

  @Inject private Authenticators authenticators;
  @Inject private SecondFactorThrottle throttle;
  @Inject private SecurityEvents events;

  /** What the account has to do after its password; empty when the password is enough. */
  public Optional<PendingSignIn.Step> stepAfterPassword(long accountId) {
    KnownAccount account = authenticators.account(accountId).orElseThrow();
    if (authenticators.isEnrolled(accountId)) {
      return Optional.of(PendingSignIn.Step.CODE);
    }
    return authenticators.required(account)
        ? Optional.of(PendingSignIn.Step.ENROL)
        : Optional.empty();
  }

  /** A secret for the authenticator a user sets up before signing in. */
  public TotpSetup beginSetup(PendingSignIn pending) {
    if (pending.step() != PendingSignIn.Step.ENROL) {
      throw new IllegalStateException("No set-up due");
    }
    return authenticators.begin(authenticators.account(pending.accountId()).orElseThrow());
  }

  /** The set-up shown again, e.g. after a wrong first code; empty if none is in progress. */
  public Optional<TotpSetup> pendingSetup(PendingSignIn pending) {
    if (pending.step() != PendingSignIn.Step.ENROL) {
      return Optional.empty();
    }
    return authenticators.pending(authenticators.account(pending.accountId()).orElseThrow());
  }

  /** Checks the code of the pending sign-in's second step, throttled. */
  public SecondFactorResult complete(PendingSignIn pending, String code, String address) {
    KnownAccount account = authenticators.account(pending.accountId()).orElseThrow();
    LoginThrottle.Attempt attempt = throttle.begin(account.id(), address);
    if (attempt.isRefused()) {
      LoginThrottle.Refusal refusal = attempt.refusal().orElseThrow();
      if (refusal.newlyThrottled()) {
        events.secondFactor(Level.WARNING, "signin.second-factor.throttled", account, address);
      }
      return new SecondFactorResult(
          SecondFactorResult.Outcome.THROTTLED, List.of(), refusal.retryAfterSeconds());
    }
    Optional<List<String>> accepted;
    try {
      accepted = check(pending, account, code, address);
    } catch (RuntimeException e) {
      attempt.abandoned(); // a fault is no wrong guess: the reserved slot must not stay taken
      throw e;
    }
    if (accepted.isEmpty()) {
      attempt.failed();
      events.secondFactor(Level.WARNING, "signin.second-factor.failed", account, address);
      return SecondFactorResult.of(SecondFactorResult.Outcome.INVALID);
    }
    // Not "succeeded": a known address must not exempt anyone from the second factor's throttle.
    attempt.abandoned();
    events.signedIn(SignInEvent.Channel.PAGE, account, address);
    return new SecondFactorResult(SecondFactorResult.Outcome.VALID, accepted.get(), 0);
  }

  /** The recovery codes to show when accepted (none unless the step set up an authenticator). */
  private Optional<List<String>> check(
      PendingSignIn pending, KnownAccount account, String code, String address) {
    if (pending.step() == PendingSignIn.Step.ENROL) {
      return authenticators.confirm(account, code);
    }
    if (Totp.looksLikeCode(code)) {
      return authenticators.acceptCode(account.id(), code)
          ? Optional.of(List.of())
          : Optional.empty();
    }
    if (authenticators.useRecoveryCode(account, code)) {
      events.secondFactor(Level.WARNING, "signin.recovery-code.used", account, address);
      return Optional.of(List.of());
    }
    return Optional.empty();
  }
}
