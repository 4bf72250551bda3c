package com.pullsafe.identity;

import com.pullsafe.identity.SignInEvent.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signing in with login and password, on the login page or with HTTP Basic: screens the input,
 * counts the attempt with the {@link LoginThrottle} before the costly hash, hashes only when the
 * {@link HashGate} has a turn free, and reports what happened through {@link SecurityEvents}. On
 * the pages, an account with two-factor sign-in (or one that must set it up) is signed in only
 * after {@link SecondFactorSignIn}; with HTTP Basic, such an account is refused once its password
 * proved right (README, "Two-factor sign-in"): it uses a personal access token instead.
 */
@ApplicationScoped
public class PasswordSignIn {

  /**
   * HTTP Basic sends the password with every request: such a client's sign-in is reported again
   * only after this long, not once per request.
   */
  static final Duration BASIC_SIGN_IN_REPORTED_EVERY = Duration.ofHours(1);

  @Inject private LoginThrottle throttle;
  @Inject private HashGate gate;
  @Inject private AccountService accounts;
  @Inject private SecurityEvents events;
  @Inject private SecondFactorSignIn secondFactor;

  public SignInResult signIn(String login, String password, String address, Channel channel) {
    if (!SignInInput.isPlausible(login, password)) {
      events.malformed(channel, address);
      return SignInResult.of(SignInResult.Outcome.INVALID);
    }
    LoginThrottle.Attempt attempt = throttle.begin(login, address);
    if (attempt.isRefused()) {
      LoginThrottle.Refusal refusal = attempt.refusal().orElseThrow();
      if (refusal.newlyThrottled()) {
        events.throttled(channel, login, address, refusal);
      }
      return SignInResult.waitFor(SignInResult.Outcome.THROTTLED, refusal.retryAfterSeconds());
    }
    Optional<PasswordCheck> checked;
    try {
      checked = gate.run(() -> accounts.checkPassword(login, password));
    } catch (RuntimeException e) {
      attempt.abandoned();
      throw e;
    }
    if (checked.isEmpty()) {
      attempt.abandoned();
      events.busy(channel, login, address);
      return SignInResult.waitFor(SignInResult.Outcome.BUSY, HashGate.RETRY_AFTER_SECONDS);
    }
    return decide(checked.get(), attempt, login, address, channel);
  }

  private SignInResult decide(
      PasswordCheck check,
      LoginThrottle.Attempt attempt,
      String login,
      String address,
      Channel channel) {
    switch (check.outcome()) {
      case VALID -> {
        Optional<PendingSignIn.Step> secondStep;
        try {
          secondStep = secondFactor.stepAfterPassword(check.account().id());
        } catch (RuntimeException e) {
          attempt.abandoned();
          throw e;
        }
        if (secondStep.isPresent() && channel == Channel.API) {
          // The password alone must not open to the API what the pages guard with a second factor.
          attempt.abandoned();
          events.secondFactorRequired(check.account(), address);
          return SignInResult.of(SignInResult.Outcome.SECOND_FACTOR_REQUIRED);
        }
        Optional<Instant> previous = attempt.succeeded();
        if (secondStep.isPresent()) {
          // Signed in only once the second factor is given too; that step reports it.
          events.passwordAccepted(check.account(), address);
        } else if (channel == Channel.PAGE || !reportedLately(previous)) {
          events.signedIn(channel, check.account(), address);
        }
        return SignInResult.valid(check.account(), secondStep.orElse(null));
      }
      case TENANT_SUSPENDED -> {
        // The password was right: not a failure to count, but still a refusal to report.
        attempt.abandoned();
        events.failed(channel, login, address, check);
        return SignInResult.of(SignInResult.Outcome.TENANT_SUSPENDED);
      }
      default -> {
        attempt.failed();
        events.failed(channel, login, address, check);
        return SignInResult.of(SignInResult.Outcome.INVALID);
      }
    }
  }

  private static boolean reportedLately(Optional<Instant> previousSignIn) {
    return previousSignIn
        .map(at -> at.plus(BASIC_SIGN_IN_REPORTED_EVERY).isAfter(Instant.now()))
        .orElse(false);
  }
}
