package com.pullsafe.identity;

import com.pullsafe.identity.SignInEvent.Channel;
import com.pullsafe.identity.SignInEvent.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reports sign-ins, failures and throttling: one structured line each in the security log (logger
 * {@value #LOGGER}, {@code key=value}, never a stack trace) and an event for the audit trail, which
 * is written asynchronously so that it can neither slow down nor fail the sign-in.
 */
@ApplicationScoped
public class SecurityEvents {

  public static final String LOGGER = "com.pullsafe.security";
  private static final Logger LOG = Logger.getLogger(LOGGER);

  @Inject private Event<SignInEvent> events;

  void signedIn(Channel channel, KnownAccount account, String address) {
    log(
        Level.INFO,
        "signin.ok",
        channel,
        account.email(),
        address,
        "account=" + account.id() + " role=" + account.role());
    audit(
        new SignInEvent(Kind.SIGNED_IN, channel, account.email(), address, account, null, null, 0));
  }

  void failed(Channel channel, String login, String address, PasswordCheck check) {
    boolean suspended = check.outcome() == PasswordCheck.Outcome.TENANT_SUSPENDED;
    log(
        Level.WARNING,
        suspended ? "signin.refused" : "signin.failed",
        channel,
        login,
        address,
        "reason=" + check.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    audit(
        new SignInEvent(
            Kind.FAILED, channel, login, address, check.account(), check.outcome(), null, 0));
  }

  /**
   * HTTP Basic with the right password, refused because the account signs in with a second factor
   * (or must set one up).
   */
  void secondFactorRequired(KnownAccount account, String address) {
    log(
        Level.WARNING,
        "signin.refused",
        Channel.API,
        account.email(),
        address,
        "account=" + account.id() + " role=" + account.role() + " reason=second-factor-required");
    audit(
        new SignInEvent(
            Kind.SECOND_FACTOR_REQUIRED,
            Channel.API,
            account.email(),
            address,
            account,
            null,
            null,
            0));
  }

  void throttled(Channel channel, String login, String address, LoginThrottle.Refusal refusal) {
    log(
        Level.WARNING,
        "signin.throttled",
        channel,
        login,
        address,
        "by="
            + refusal.scope().name().toLowerCase(Locale.ROOT)
            + " retryAfter="
            + refusal.retryAfterSeconds());
    audit(
        new SignInEvent(
            Kind.THROTTLED,
            channel,
            login,
            address,
            null,
            null,
            refusal.scope(),
            refusal.retryAfterSeconds()));
  }

  void busy(Channel channel, String login, String address) {
    log(
        Level.WARNING,
        "signin.busy",
        channel,
        login,
        address,
        "retryAfter=" + HashGate.RETRY_AFTER_SECONDS);
  }

  void malformed(Channel channel, String address) {
    LOG.info(
        () ->
            "event=signin.malformed channel="
                + channel.name().toLowerCase(Locale.ROOT)
                + " address="
                + SignInInput.printable(address));
  }

  /** The password of a page sign-in was right; the second factor is still due. */
  void passwordAccepted(KnownAccount account, String address) {
    log(
        Level.INFO,
        "signin.password-ok",
        Channel.PAGE,
        account.email(),
        address,
        "account=" + account.id() + " role=" + account.role() + " due=second-factor");
  }

  /**
   * A second-factor event of a page sign-in or of the account's own settings: {@code event} e.g.
   * {@code signin.second-factor.failed}. Never carries a code or secret.
   */
  void secondFactor(Level level, String event, KnownAccount account, String address) {
    log(
        level,
        event,
        Channel.PAGE,
        account.email(),
        address == null ? "-" : address,
        "account=" + account.id() + " role=" + account.role());
  }

  private static void log(
      Level level, String event, Channel channel, String login, String address, String more) {
    if (LOG.isLoggable(level)) {
      LOG.log(
          level,
          "event="
              + event
              + " channel="
              + channel.name().toLowerCase(Locale.ROOT)
              + " login=\""
              + SignInInput.printable(login)
              + "\" address="
              + SignInInput.printable(address)
              + " "
              + more);
    }
  }

  private void audit(SignInEvent event) {
    try {
      events
          .fireAsync(event)
          .exceptionally(
              failure -> {
                auditFailed(event, failure);
                return null;
              });
    } catch (RuntimeException refused) {
      auditFailed(event, refused);
    }
  }

  private static void auditFailed(SignInEvent event, Throwable failure) {
    LOG.warning(
        () ->
            "event=audit.failed of="
                + event.kind().name().toLowerCase(Locale.ROOT)
                + " login=\""
                + SignInInput.printable(event.login())
                + "\" cause="
                + failure.getClass().getSimpleName());
  }
}
