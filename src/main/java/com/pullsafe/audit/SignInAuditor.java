package com.pullsafe.audit;

import com.pullsafe.identity.AccountService;
import com.pullsafe.identity.KnownAccount;
import com.pullsafe.identity.SecurityEvents;
import com.pullsafe.identity.SignInEvent;
import com.pullsafe.shared.Bundle;
import com.pullsafe.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Writes sign-ins, failed sign-ins and throttling into the audit trail of the account's tenant,
 * asynchronously: a slow or failing audit write neither delays nor fails the sign-in. Logins
 * without an account, and platform admins, have no tenant trail; the security log has them.
 */
@ApplicationScoped
public class SignInAuditor {

  static final String OBJECT_TYPE = "Account";

  private static final Logger LOG = Logger.getLogger(SecurityEvents.LOGGER);
  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.identity.SignInMessages", SignInAuditor.class);

  @Inject private AuditTrail trail;
  @Inject private AccountService accounts;

  void record(@ObservesAsync SignInEvent event) {
    try {
      account(event)
          .filter(account -> account.tenantId() != null)
          .ifPresent(account -> write(event, account));
    } catch (RuntimeException e) {
      LOG.warning(
          () ->
              "event=audit.failed of="
                  + event.kind().name().toLowerCase(Locale.ROOT)
                  + " cause="
                  + e.getClass().getSimpleName());
    }
  }

  /** Throttling is decided before any lookup, so its account is looked up here. */
  private Optional<KnownAccount> account(SignInEvent event) {
    if (event.account() != null) {
      return Optional.of(event.account());
    }
    return event.kind() == SignInEvent.Kind.THROTTLED
        ? accounts.known(event.login())
        : Optional.empty();
  }

  private void write(SignInEvent event, KnownAccount account) {
    TenantContext.runAs(
        account.tenantId(),
        () -> {
          trail.recordAs(
              account.email(),
              action(event.kind()),
              OBJECT_TYPE,
              account.id(),
              account.displayName(),
              detail(event));
          return null;
        });
  }

  private static AuditAction action(SignInEvent.Kind kind) {
    return switch (kind) {
      case SIGNED_IN -> AuditAction.SIGNED_IN;
      case FAILED, SECOND_FACTOR_REQUIRED -> AuditAction.SIGN_IN_FAILED;
      case THROTTLED -> AuditAction.SIGN_IN_THROTTLED;
    };
  }

  static String detail(SignInEvent event) {
    String channel = TEXTS.text("audit.channel." + event.channel());
    return switch (event.kind()) {
      case SIGNED_IN -> TEXTS.text("audit.signedIn", channel, event.address());
      case FAILED -> TEXTS.text("audit.failed." + event.outcome(), channel, event.address());
      case SECOND_FACTOR_REQUIRED ->
          TEXTS.text("audit.secondFactorRequired", channel, event.address());
      case THROTTLED ->
          TEXTS.text(
              "audit.throttled." + event.throttledBy(),
              channel,
              event.address(),
              event.retryAfterSeconds());
    };
  }
}
